for a, b in pairs:
    pass
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for i, (k, v) in enumerate(d.items()):
    pass
for first, *rest in rows:
    pass
for obj.attr in values:
    pass
for seq[0] in values:
    pass
for x, in singles:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
