forecast = get_forecast(lat=lat, lon=lon, days=3)

alerts = []
for day in forecast["daily"]:
    d = day["date"]
    if day["max_temp_c"] >= 35:
        alerts.append(f"{d}: heat warning ({day['max_temp_c']}°C)")
    if day["min_temp_c"] <= -10:
        alerts.append(f"{d}: severe frost ({day['min_temp_c']}°C)")
    if (wind := day.get("wind_gust_kmh", 0)) > 90:
        alerts.append(f"{d}: storm gusts up to {wind} km/h")
    if day["precip_mm"] > 50 and day["precip_prob"] > 0.7:
        alerts.append(f"{d}: heavy rain, {day['precip_mm']} mm")

alerts or ["No alerts"]
