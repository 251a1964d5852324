from datetime import date

REFUND_WINDOW_DAYS = 30
NON_REFUNDABLE = frozenset(['gift_card','digital_download','custom_order'])

def refund_decision(order, item, reason, today = None):
    today = today or date.today()
    age = (today - order['delivered_on']).days if order.get('delivered_on') else 0
    if item['category'] in NON_REFUNDABLE:
        return {'approve': False, 'amount': 0, 'note': f"{item['category'].replace('_', ' ')} items cannot be refunded"}
    if reason == 'damaged' or reason == 'wrong_item':
        # always refund, no return needed below $25
        return {'approve': True, 'amount': item['paid'], 'return_required': item['paid'] >= 25, 'note': 'merchant error'}
    if age > REFUND_WINDOW_DAYS:
        if order['customer_tier'] == 'vip' and age <= REFUND_WINDOW_DAYS + 15:
            return {'approve': True, 'amount': round(item['paid'] * 0.9, 2), 'return_required': True, 'note': 'VIP grace period, 10% restocking fee'}
        return {'approve': False, 'amount': 0, 'note': f'outside the {REFUND_WINDOW_DAYS}-day window'}
    restocking = 0.15 if item['category'] == 'electronics' and item.get('opened') else 0
    return {'approve': True, 'amount': round(item['paid'] * (1 - restocking), 2), 'return_required': True, 'note': 'standard return' + (' with restocking fee' if restocking else '')}

order = get_order(request['order_id'])
item = next(i for i in order['items'] if i['sku'] == request['sku'])
decision = refund_decision(order, item, request['reason'])
if decision['approve']: issue_refund(order['id'], item['sku'], decision['amount'])
decision
