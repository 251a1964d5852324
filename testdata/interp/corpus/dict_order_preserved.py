d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
d["a"] = 99
print(list(d))
d.pop("z")
d["z"] = 0
d
