OFFERS = [
    # (min_months_as_customer, offer, discount)
    (24, "three months at 50% off", 0.5),
    (12, "two months at 30% off", 0.3),
    (0, "one month at 20% off", 0.2),
]

def pick_offer(customer):
    months = customer["months_active"]
    for min_months, text, discount in OFFERS:
        if months >= min_months:
            return text, discount
    return None, 0

def should_contact(customer):
    if customer.get("do_not_contact") or customer.get("cancel_reason") == "fraud": return False
    if customer["days_since_cancel"] < 14 or customer["days_since_cancel"] > 120: return False
    return customer.get("lifetime_value", 0) >= 100

contacted = []
for c in cancelled_customers(days = 120):
    if not should_contact(c): continue
    offer, discount = pick_offer(c)
    code = create_coupon(percent_off = int(discount * 100), duration_months = 3 if discount == 0.5 else 2 if discount == 0.3 else 1, max_redemptions = 1, customer_id = c["id"])
    send_email(c["email"], template = "winback", context = {"first_name": c.get("first_name") or "there", "offer": offer, "code": code, "reason": c.get("cancel_reason")})
    contacted.append(c["id"])
{"contacted": len(contacted)}
