# Pricing rule: tiered discount for an order total.
def discount_for(total, loyalty_years):
    if total >= 1000:
        rate = 0.15
    elif total >= 500:
        rate = 0.10
    elif total >= 100:
        rate = 0.05
    else:
        rate = 0.0
    if loyalty_years > 3:
        rate += 0.02
    return round(total * rate, 2)

orders = [(1200, 5), (640, 1), (99, 10), (150, 0)]
discounts = [discount_for(t, y) for t, y in orders]
print(discounts)
discounts
