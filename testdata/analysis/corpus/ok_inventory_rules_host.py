# Reorder rule; stock levels come from the host.
THRESHOLDS = {"widget": 20, "gadget": 5}
to_order = []
for sku, minimum in THRESHOLDS.items():
    level = get_stock_level(sku)
    if level < minimum:
        to_order.append((sku, minimum * 2 - level))
if to_order:
    create_purchase_order(lines=to_order)
to_order
