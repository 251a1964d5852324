THRESHOLDS = {
    "heat": {"temp_c": 35},
    "frost": {"temp_c": 0},
    "wind": {"gust_kmh": 75},
    "rain": {"mm_per_hour": 20},
}

def alerts_for(forecast):
    found = []
    for hour in forecast["hourly"]:
        if hour["temp_c"] >= THRESHOLDS["heat"]["temp_c"]:
            found.append(("heat", hour["time"], f"{hour['temp_c']}°C"))
        if hour["temp_c"] <= THRESHOLDS["frost"]["temp_c"]:
            found.append(("frost", hour["time"], f"{hour['temp_c']}°C"))
        if hour.get("gust_kmh", 0) >= THRESHOLDS["wind"]["gust_kmh"]:
            found.append(("wind", hour["time"], f"gusts {hour['gust_kmh']} km/h"))
        if hour.get("precip_mm", 0) >= THRESHOLDS["rain"]["mm_per_hour"]:
            found.append(("rain", hour["time"], f"{hour['precip_mm']} mm/h"))
    # keep only the first hour of each kind
    first = {}
    for kind, time, detail in found:
        if kind not in first: first[kind] = (time, detail)
    return first

def notify_sites():
    sent = []
    for site in list_sites(active=True):
        forecast = get_forecast(site["lat"], site["lon"], hours=48)
        for kind, (time, detail) in alerts_for(forecast).items():
            key = f"{site['id']}:{kind}:{time[:10]}"
            if already_sent(key): continue
            send_sms(site["manager_phone"], f"{kind.upper()} warning for {site['name']} at {time}: {detail}")
            remember_sent(key, ttl_hours=24)
            sent.append(key)
    return sent

notify_sites()
