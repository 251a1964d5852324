FACTORS_KG_PER_KM = {"car": 0.171, "bus": 0.097, "train": 0.035, "plane_short": 0.255, "plane_long": 0.150}

trips = get_commute_log(employee_id, month=month)

per_mode = {}
for trip in trips:
    mode = trip["mode"]
    if mode == "plane":
        mode = "plane_long" if trip["km"] > 3700 else "plane_short"
    per_mode[mode] = per_mode.get(mode, 0.0) + trip["km"] * FACTORS_KG_PER_KM.get(mode, 0.0)

total_kg = sum(per_mode.values())
trees = total_kg / 21  # one tree absorbs ~21 kg CO2 per year
{"total_kg": round(total_kg, 1), "by_mode": {k: round(v, 1) for k, v in per_mode.items()}, "trees_per_year": round(trees, 1)}
