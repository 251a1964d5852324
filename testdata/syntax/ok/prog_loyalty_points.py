POINTS_PER_EURO = 10
BIRTHDAY_MULTIPLIER = 2

purchases = get_purchases(customer_id, since=period_start)
profile = get_profile(customer_id)

points = 0
for p in purchases:
    earned = int(p["amount"] * POINTS_PER_EURO)
    if p["date"][5:] == profile["birthday"][5:]:
        earned *= BIRTHDAY_MULTIPLIER
    if p.get("category") == "promo":
        earned += 50
    points += earned

level = "platinum" if points > 50_000 else "gold" if points > 20_000 else "standard"
{"customer": customer_id, "points": points, "level": level}
