import json

FIELD_MAP = {
    'id':'sku', 'title':'name', 'description':'short_description', 'link':'url',
    'image_link':'image_url', 'price':'price', 'availability':'stock_status', 'brand':'brand', 'gtin':'barcode',
}

def availability(p):
    if p['stock_status']=='in_stock' and p.get('qty',0)>0: return 'in stock'
    if p.get('backorder_allowed'): return 'backorder'
    return 'out of stock'

def to_feed_item(p, currency='USD'):
    item = {k: p.get(v) for k, v in FIELD_MAP.items()}
    item['price'] = f"{p['price']:.2f} {currency}"
    if p.get('sale_price') and p['sale_price'] < p['price']: item['sale_price'] = f"{p['sale_price']:.2f} {currency}"
    item['availability'] = availability(p)
    item['condition'] = 'new'
    item['description'] = (p.get('short_description') or p['name'])[:5000]
    if not item.get('gtin'): item['identifier_exists'] = 'no'
    return item

products = [p for p in list_products(channel='google') if p.get('visible') and p.get('image_url')]
items = [to_feed_item(p) for p in products]
upload_feed('google-merchant', json.dumps({'items': items}), content_type='application/json')
{'published': len(items), 'skipped': count_products(channel='google') - len(items)}
