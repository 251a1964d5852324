class CartError:
    def __init__(self, code, message, sku=None):
        self.code = code
        self.message = message
        self.sku = sku

    def to_dict(self):
        d = {'code': self.code, 'message': self.message}
        if self.sku: d['sku'] = self.sku
        return d


MAX_QTY_PER_ITEM = 20
RESTRICTED = {'alcohol': 21, 'tobacco': 21, 'knives': 18}


def validate_cart(cart, customer, stock):
    errors = []
    if not cart['items']:
        errors.append(CartError('empty', 'Your cart is empty'))
    for item in cart['items']:
        sku, qty = item['sku'], item['qty']
        product = get_product(sku)
        if product is None:
            errors.append(CartError('unknown_sku', 'This product no longer exists', sku)); continue
        if qty <= 0 or qty > MAX_QTY_PER_ITEM:
            errors.append(CartError('bad_quantity', f'Quantity must be between 1 and {MAX_QTY_PER_ITEM}', sku))
        available = stock.get(sku, 0)
        if qty > available:
            errors.append(CartError('out_of_stock', f'Only {available} left of {product["name"]}' if available else f'{product["name"]} is out of stock', sku))
        min_age = RESTRICTED.get(product['category'])
        if min_age and (customer.get('age') is None or customer['age'] < min_age):
            errors.append(CartError('age_restricted', f'You must be {min_age}+ to buy {product["name"]}', sku))
    if cart.get('coupon') and not coupon_valid(cart['coupon'], customer['id']):
        errors.append(CartError('bad_coupon', 'This coupon is not valid for your account'))
    return [e.to_dict() for e in errors]


stock = get_stock_levels([i['sku'] for i in cart['items']])
problems = validate_cart(cart, customer, stock)
{'ok': len(problems) == 0, 'problems': problems}
