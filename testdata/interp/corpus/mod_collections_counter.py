from collections import Counter
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
c.update("aaz")
print(c["a"], c["z"], sorted(c.elements())[:4])
c2 = Counter({"a": 1, "b": 5})
print(c + c2 if True else None)
dict(Counter([1, 1, 2]))
