PLATFORM_FEE = 0.12
MIN_PAYOUT = 25.00
HOLD_DAYS_NEW_SELLER = 14

class Payout:
    def __init__(self, seller_id, amount, orders):
        self.seller_id = seller_id
        self.amount = amount
        self.orders = orders

    def __repr__(self):
        return f"Payout({self.seller_id!r}, {self.amount:.2f}, {len(self.orders)} orders)"


def payable_orders(seller):
    hold = HOLD_DAYS_NEW_SELLER if seller['days_active'] < 90 else 3
    return [o for o in delivered_orders(seller['id']) if o['days_since_delivery'] >= hold and not o.get('disputed') and not o.get('paid_out')]


def compute(seller):
    orders = payable_orders(seller)
    gross = sum(o['total'] for o in orders)
    refunds = sum(r['amount'] for r in refunds_since_last_payout(seller['id']))
    net = gross * (1 - PLATFORM_FEE) - refunds
    return Payout(seller['id'], round(net, 2), [o['id'] for o in orders])


payouts = [p for p in (compute(s) for s in active_sellers()) if p.amount >= MIN_PAYOUT]
for p in payouts:
    transfer_id = create_transfer(p.seller_id, p.amount, currency='USD', description=f'{len(p.orders)} orders')
    mark_orders_paid_out(p.orders, transfer_id)
{'payouts': len(payouts), 'total': round(sum(p.amount for p in payouts), 2)}
