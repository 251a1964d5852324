# discount rules for the checkout service
from typing import Any

VIP_TIERS = ['gold','platinum']
MAX_DISCOUNT=0.35

def base_discount(customer:dict)->float :
  tier=customer.get('tier','basic')
  if tier in VIP_TIERS : return 0.15
  elif tier=='silver':
      return 0.05
  return 0.0

def seasonal_discount(order, today):
    # black friday week
    if today.month==11 and 23<=today.day<=30: return 0.10
    if today.month == 12 and today.day<25 : return 0.05
    return 0


def bulk_discount(items) :
    qty = sum([ i['quantity'] for i in items ])
    if qty>=100: return .12
    if qty >= 50:
        return .08
    if qty>=10 : return .03
    return 0.0

def compute_discount(order: dict[str, Any], customer: dict[str, Any], today) -> dict[str, Any]:
    parts = {'base':base_discount(customer),'seasonal':seasonal_discount(order,today),'bulk':bulk_discount(order['items'])}
    total = min( sum(parts.values()), MAX_DISCOUNT )
    subtotal = sum(i['price']*i['quantity'] for i in order['items'])
    log_event('discount_computed', order_id=order['id'], customer_id=customer['id'], parts=parts, total=total)
    return {
        'order_id' : order['id'],
        'discount_rate': round(total,4),
        'discount_amount':round(subtotal*total, 2),
        'breakdown':parts
    }

customer = get_customer(order['customer_id'])
compute_discount(order, customer, current_date())
