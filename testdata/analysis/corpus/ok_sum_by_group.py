sales = [
    ("north", "q1", 120.0), ("south", "q1", 80.5),
    ("north", "q2", 99.9), ("south", "q2", 150.0),
]
totals = {}
for region, quarter, amount in sales:
    totals[region] = totals.get(region, 0) + amount
best = max(totals.items(), key=lambda kv: kv[1])
report = [f"{r}: {v:10.2f}" for r, v in sorted(totals.items())]
print("\n".join(report))
best
