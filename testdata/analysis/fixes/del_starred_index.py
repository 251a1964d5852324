# A starred key builds a tuple key, as in d[*parts].
d = {("a", "b"): 1, ("c",): 2}
parts = ["a", "b"]
del d[*parts]
print(d)
