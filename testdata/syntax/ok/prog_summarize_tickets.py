tickets = fetch_tickets(project="SUPPORT", days=7)

counts = {}
for t in tickets:
    key = (t["priority"], t["status"])
    counts[key] = counts.get(key, 0) + 1

priorities = ["urgent", "high", "normal", "low"]
statuses = sorted({s for _, s in counts})

lines = ["priority".ljust(10) + "".join(s.rjust(12) for s in statuses)]
for p in priorities:
    row = p.ljust(10)
    row += "".join(str(counts.get((p, s), 0)).rjust(12) for s in statuses)
    lines.append(row)

oldest_open = min((t for t in tickets if t["status"] != "closed"), key=lambda t: t["opened"], default=None)
report = "\n".join(lines)
if oldest_open:
    report += f"\n\nOldest open: #{oldest_open['id']} ({oldest_open['opened']})"
report
