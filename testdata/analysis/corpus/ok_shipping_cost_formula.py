ZONES = {"domestic": 1.0, "eu": 1.8, "world": 3.2}

def shipping(weight_kg, zone, express=False):
    base = 4.99 + max(0, weight_kg - 1) * 1.25
    cost = base * ZONES[zone]
    if express:
        cost *= 1.5
    return round(cost, 2)

quotes = {(w, z): shipping(w, z) for w in (0.5, 3) for z in ZONES}
cheapest = min(quotes, key=quotes.get)
(cheapest, quotes[cheapest], shipping(2, "eu", express=True))
