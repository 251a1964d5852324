# A trailing comma after the targets.
d = {"a": 1, "b": 2, "c": 3}
del d["a"],
print(d)
del d["b"], d["c"],
print(d)
