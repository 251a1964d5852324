# sync stock levels from the ERP into the storefront
BATCH = 100

def diff_levels(erp, shop):
	changes = []
	for sku, qty in erp.items():
		if sku not in shop:
			continue
		if shop[sku] != qty:
			changes.append({'sku': sku, 'from': shop[sku], 'to': qty})
	return changes

def chunks(xs, n):
	for i in range(0, len(xs), n):
		CHUNKS.append(xs[i:i+n])

CHUNKS = []
erp = {r['item_code']: max(0, int(r['available'])) for r in erp_stock_report(location='MAIN')}
shop = {p['sku']: p['inventory_quantity'] for p in storefront_products(fields=['sku','inventory_quantity'])}
changes = diff_levels(erp, shop)
chunks(changes, BATCH)
for c in CHUNKS:
	storefront_bulk_update_inventory([{'sku': x['sku'], 'quantity': x['to']} for x in c])
	if any(x['to'] == 0 and x['from'] > 0 for x in c):
		notify('#merch', 'Sold out: ' + ', '.join(x['sku'] for x in c if x['to'] == 0 and x['from'] > 0))
{'changed': len(changes), 'batches': len(CHUNKS)}
