# del on defaultdict and Counter, which pop like dicts.
from collections import Counter, defaultdict

groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "cherry"]:
    groups[w[0]].append(w)
del groups["b"]
print(sorted(groups.items()))
counts = Counter("mississippi")
del counts["s"]
print(sorted(counts.items()))
try:
    del groups["zzz"]
except KeyError:
    print("missing in defaultdict")
