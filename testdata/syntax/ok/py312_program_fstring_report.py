orders = get_orders(day=report_day)
by_status = {}
for o in orders:
    by_status.setdefault(o["status"], []).append(o)

lines = [f"Report for {report_day}", "=" * 30]
for status, group in sorted(by_status.items()):
    lines.append(f"{status:<12}{len(group):>5} orders {sum(o["total"] for o in group):>12,.2f}")

top = max(orders, key=lambda o: o["total"], default=None)
if top:
    lines.append(f"Largest: #{top["id"]} by {top["customer"]["name"]} ({top["total"]:,.2f})")

lines.append(f"{"\n".join(f"  - {o["id"]}" for o in by_status.get("failed", []))}")
"\n".join(lines)
