# Discount rule: tiered discounts by customer tier and basket size.
TIERS = {"gold": 0.15, "silver": 0.08, "bronze": 0.03}


def basket_total(items):
    """Sum of price * quantity over the order's items."""
    return sum(item["price"] * item["qty"] for item in items)


def discount_rate(tier, total):
    rate = TIERS.get(tier, 0.0)
    if total > 500:
        rate += 0.02
    elif total < 20:
        rate = 0.0
    return min(rate, 0.2)


customer = get_customer(customer_id)
total = basket_total(order["items"])
rate = discount_rate(customer["tier"], total)
log_event("discount", customer=customer_id, rate=rate)
{"total": round(total, 2), "discount": round(total * rate, 2), "rate": f"{rate:.0%}"}
