lines = [
    {"desc": "Consulting", "hours": 12.5, "rate": 140},
    {"desc": "Travel", "hours": 3, "rate": 60},
    {"desc": "Report writing", "hours": 6, "rate": 110},
]

width = max(len(line["desc"]) for line in lines) + 2
rows = []
total = 0
for line in lines:
    amount = line["hours"] * line["rate"]
    total += amount
    rows.append(f"{line['desc']:<{width}}{line['hours']:>6.1f} h x {line['rate']:>4} = {amount:>9,.2f}")

rows.append("-" * len(rows[0]))
rows.append(f"{'TOTAL':<{width}}{total:>28,.2f}")
"\n".join(rows)
