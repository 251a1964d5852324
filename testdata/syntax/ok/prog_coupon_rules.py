def apply_coupons(subtotal, coupons, is_member):
    applied = []
    total = subtotal
    stackable = [c for c in coupons if c.get("stackable")]
    exclusive = [c for c in coupons if not c.get("stackable")]
    if exclusive:
        best = max(exclusive, key=lambda c: c["percent"] if c["type"] == "percent" else c["amount"] / subtotal * 100)
        stackable = [best]
    for c in stackable:
        if c.get("members_only") and not is_member:
            continue
        if c.get("min_spend", 0) > subtotal:
            continue
        if c["type"] == "percent":
            total -= total * c["percent"] / 100
        elif c["type"] == "fixed":
            total -= c["amount"]
        applied.append(c["code"])
    return max(round(total, 2), 0), applied


final, codes = apply_coupons(cart_subtotal, entered_coupons, member)
f"{final:.2f} after {', '.join(codes) or 'no coupons'}"
