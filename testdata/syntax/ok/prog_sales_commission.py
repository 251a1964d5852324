def commission(rep, deals):
    closed = [d for d in deals if d["rep"] == rep["id"] and d["stage"] == "won"]
    revenue = sum(d["amount"] for d in closed)
    quota = rep["quota"]
    attainment = revenue / quota if quota else 0
    if attainment < 0.5:
        rate = 0.0
    elif attainment < 1.0:
        rate = 0.05
    elif attainment < 1.5:
        rate = 0.08
    else:
        rate = 0.12
    bonus = 2_500 if attainment >= 1.0 and any(d["new_logo"] for d in closed) else 0
    return {"rep": rep["name"], "revenue": revenue, "attainment": round(attainment, 3), "payout": round(revenue * rate + bonus, 2)}


all_deals = get_deals(quarter=quarter)
sorted((commission(r, all_deals) for r in get_reps()), key=lambda c: c["payout"], reverse=True)
