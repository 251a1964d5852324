d = {"x": 1, "y": 2}
out = []
for (k, v) in d.items():
    out.append(k * v)
print(out)
list(zip(d.keys(), d.values()))
