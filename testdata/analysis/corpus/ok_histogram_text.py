scores = [55, 62, 68, 71, 75, 78, 81, 85, 88, 92, 97]
buckets = {}
for s in scores:
    b = (s // 10) * 10
    buckets[b] = buckets.get(b, 0) + 1
rows = [f"{b:>3}-{b + 9:<3} {'#' * n}" for b, n in sorted(buckets.items())]
print("\n".join(rows))
len(rows)
