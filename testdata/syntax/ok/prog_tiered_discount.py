# Tiered volume discount for a B2B order.
# Inputs provided by the host: quantity, unit_price, customer_tier

TIERS = [
    (1000, 0.20),
    (500, 0.12),
    (100, 0.05),
]

TIER_BONUS = {"gold": 0.03, "silver": 0.015, "bronze": 0.0}


def volume_rate(qty):
    for threshold, rate in TIERS:
        if qty >= threshold:
            return rate
    return 0.0


def price(qty, unit, tier):
    base = qty * unit
    rate = volume_rate(qty) + TIER_BONUS.get(tier, 0.0)
    rate = min(rate, 0.25)
    discounted = base * (1 - rate)
    return round(discounted, 2), rate


total, applied = price(quantity, unit_price, customer_tier)
{"total": total, "discount_rate": applied, "currency": "EUR"}
