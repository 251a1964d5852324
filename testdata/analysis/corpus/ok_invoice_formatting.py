items = [
    {"sku": "A-100", "qty": 3, "price": 9.5},
    {"sku": "B-220", "qty": 1, "price": 120.0},
    {"sku": "C-7", "qty": 12, "price": 0.25},
]
lines = []
total = 0.0
for it in items:
    amount = it["qty"] * it["price"]
    total += amount
    lines.append(f"{it['sku']:<8}{it['qty']:>4} x {it['price']:>8.2f} = {amount:>10.2f}")
lines.append(f"{'TOTAL':<8}{'':>4}   {'':>8}   {total:>10.2f}")
print("\n".join(lines))
total
