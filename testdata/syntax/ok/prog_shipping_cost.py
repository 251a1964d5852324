def shipping_cost(weight_kg, zone, express=False):
    bands = [(0.5, 3.20), (2, 5.90), (5, 9.40), (10, 14.00), (30, 27.50)]
    for limit, cost in bands:
        if weight_kg <= limit:
            base = cost
            break
    else:
        raise ValueError(f"parcel too heavy: {weight_kg} kg")

    multiplier = {1: 1.0, 2: 1.35, 3: 1.8}.get(zone, 2.2)
    total = base * multiplier
    if express:
        total = total * 1.5 + 2
    return round(total, 2)


costs = [shipping_cost(p["weight"], p["zone"], p.get("express", False)) for p in parcels]
sum(costs)
