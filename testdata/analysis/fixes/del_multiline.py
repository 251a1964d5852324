# del statements spread over several lines.
d = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}
del d["alpha"], \
    d["beta"]
print(d)
del d[
    "gamma"
]
print(d)
table = {("x", 1): "p", ("y", 2): "q"}
del table[
    "x",
    1,
]
print(table)
