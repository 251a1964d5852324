d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d.get((5, 5), "none"))
print(hash((1, 2)) == hash((1, 2)))
d[0, 0]
