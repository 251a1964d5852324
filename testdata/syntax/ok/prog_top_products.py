lines = get_order_lines(start=period_start, end=period_end)

revenue = {}
units = {}
for ln in lines:
    sku = ln["sku"]
    revenue[sku] = revenue.get(sku, 0) + ln["qty"] * ln["unit_price"]
    units[sku] = units.get(sku, 0) + ln["qty"]

names = get_product_names(list(revenue))
top_by_revenue = sorted(revenue, key=revenue.get, reverse=True)[:n]
[
    {"sku": s, "name": names.get(s, "?"), "revenue": round(revenue[s], 2), "units": units[s]}
    for s in top_by_revenue
]
