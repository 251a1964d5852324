from collections import defaultdict
groups = defaultdict(list)
for w in ["apple", "bob", "avocado", "bean"]:
    groups[w[0]].append(w)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
dict(counts)
