import json
from datetime import datetime, timezone

STATUS_MAP = {'P':'pending','S':'shipped','D':'delivered','C':'cancelled','R':'returned'}

def parse_ts(s):
    if s is None or s == '': return None
    if s.endswith('Z'): s = s[:-1] + '+00:00'
    return datetime.fromisoformat(s).astimezone(timezone.utc)

def transform(raw):
    try:
        items = json.loads(raw['items_json'])
    except (TypeError, json.JSONDecodeError):
        items = []
    return {
        'order_id': int(raw['id']),
        'customer_id': raw['cust'].strip().upper(),
        'status': STATUS_MAP.get(raw['st'], 'unknown'),
        'created_at': parse_ts(raw['created']),
        'shipped_at': parse_ts(raw.get('shipped')),
        'item_count': sum(i.get('qty', 1) for i in items),
        'total_cents': int(round(float(raw['total']) * 100)),
        'channel': (raw.get('channel') or 'web').lower()
    }

batch, errors = [], []
for raw in extract_rows('legacy_orders', updated_since=checkpoint('orders_etl')):
    try:
        batch.append(transform(raw))
    except (KeyError, ValueError) as e:
        errors.append({'id': raw.get('id'), 'error': repr(e)})
    if len(batch) >= 500:
        load_rows('warehouse.orders', batch, upsert_key='order_id'); batch = []
if batch:
    load_rows('warehouse.orders', batch, upsert_key='order_id')
save_checkpoint('orders_etl', now_utc())
{'errors': errors[:20], 'error_count': len(errors)}
