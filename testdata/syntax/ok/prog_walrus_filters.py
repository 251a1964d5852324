import re

pattern = re.compile(r"order #(\d+)")

matches = [int(m.group(1)) for line in email_lines if (m := pattern.search(line))]

totals = []
for oid in matches:
    if (order := fetch_order(oid)) is not None and (total := order.get("total", 0)) > 0:
        totals.append(total)

while (chunk := read_next_chunk()) and len(totals) < 100:
    totals.extend(x for x in chunk if x > 0)

{"orders": matches, "sum": sum(totals), "max": max(totals, default=0)}
