revenue = {"north": 1234567.891, "south": 98765.4}
lines = [f"{region:<8}{amount:>16,.2f}" for region, amount in sorted(revenue.items())]
print("\n".join(lines))
