d = {"a": 1, "b": 2}
k = d.keys()
d["c"] = 3
print(len(k), "c" in k, list(k))
print("a" in d.values(), 1 in d.values(), ("a", 1) in d.items())
sorted(d.items(), key=lambda kv: -kv[1])
