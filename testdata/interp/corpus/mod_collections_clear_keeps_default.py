from collections import defaultdict, Counter
d = defaultdict(list)
d["a"].append(1)
d.clear()
d["b"].append(2)
c = Counter("aab")
c.clear()
c["x"] += 1
print(dict(d), c["x"], c["missing"])
