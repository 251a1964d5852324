# Dict and list work: counting, grouping, lookups.
counts = {}
groups = {}
for i in range(450000):
    k = "k" + str(i % 1000)
    counts[k] = counts.get(k, 0) + 1
    g = i % 37
    if g not in groups:
        groups[g] = []
    groups[g].append(i)
total = 0
for k in counts:
    total += counts[k]
lst = []
for g in sorted(groups):
    lst.append(len(groups[g]))
    lst.extend(groups[g][:3])
print(total, len(counts), sum(lst), lst[:5])
