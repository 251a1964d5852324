f = frozenset([1, 2, 3])
g = frozenset([2, 3, 4])
print(sorted(f | g), sorted(f & g), type(f | g).__name__)
d = {f: "frozen key"}
print(d[frozenset({3, 2, 1})])
print(hash(f) == hash(frozenset({1, 2, 3})))
f.add(5)
