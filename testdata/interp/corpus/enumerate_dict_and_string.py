d = {"k1": 1, "k2": 2}
print(list(enumerate(d)), list(enumerate(d.items())))
[f"{i}:{c}" for i, c in enumerate("hey", 1)]
