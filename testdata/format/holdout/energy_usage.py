PEAK_HOURS = range(16, 21)
RATES = {'peak': 0.42, 'offpeak': 0.18, 'super_offpeak': 0.09}

def rate_for(hour, weekday):
    if weekday >= 5: return RATES['offpeak'] if 7 <= hour < 23 else RATES['super_offpeak']
    if hour in PEAK_HOURS: return RATES['peak']
    if 0 <= hour < 6: return RATES['super_offpeak']
    return RATES['offpeak']

def bill(readings):
    cost = 0.0; kwh = {'peak': 0.0, 'offpeak': 0.0, 'super_offpeak': 0.0}
    for r in readings:
        rate = rate_for(r['hour'], r['weekday'])
        period = [k for k, v in RATES.items() if v == rate][0]
        kwh[period] += r['kwh']; cost += r['kwh'] * rate
    return round(cost, 2), kwh

def shift_suggestion(kwh):
    shiftable = kwh['peak'] * 0.3
    saving = shiftable * (RATES['peak'] - RATES['super_offpeak'])
    return f"Running the dishwasher and EV charging after midnight could save about ${saving:.2f} a month." if saving > 5 else None

readings = smart_meter_readings(meter_id, days = 30)
cost, kwh = bill(readings)
{'cost': cost, 'kwh': {k: round(v, 1) for k, v in kwh.items()}, 'tip': shift_suggestion(kwh)}
