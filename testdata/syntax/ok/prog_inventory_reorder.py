stock = get_stock_levels(warehouse="main")
sales = get_daily_sales(days=28)

LEAD_DAYS = 10
SAFETY = 1.5

to_order = []
for sku, on_hand in stock.items():
    history = sales.get(sku, [])
    daily = sum(history) / len(history) if history else 0
    reorder_point = daily * LEAD_DAYS * SAFETY
    if on_hand <= reorder_point:
        qty = max(int(daily * 30 - on_hand), 1)
        to_order.append((sku, qty))

to_order.sort(key=lambda pair: -pair[1])
if to_order and auto_submit:
    po = create_purchase_order(lines=[{"sku": s, "qty": q} for s, q in to_order])
    po["id"]
else:
    to_order
