with a, b:
    pass

with a as x, b as y, c:
    pass

with open(src) as fin, open(dst, "w") as fout:
    fout.write(fin.read())

with a:
    with b:
        with c as [p, q]:
            pass
