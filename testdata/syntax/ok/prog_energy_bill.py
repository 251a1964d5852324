readings = get_meter_readings(meter_id, period)

peak = off_peak = 0.0
for r in readings:
    hour = int(r["timestamp"][11:13])
    if 7 <= hour < 23:
        peak += r["kwh"]
    else:
        off_peak += r["kwh"]

PEAK_RATE, OFF_RATE, STANDING = 0.32, 0.14, 0.45
days = len({r["timestamp"][:10] for r in readings})
energy = peak * PEAK_RATE + off_peak * OFF_RATE
standing = days * STANDING
subtotal = energy + standing
vat = subtotal * 0.05
f"{peak:.0f} kWh peak + {off_peak:.0f} kWh off-peak over {days} days: £{subtotal + vat:.2f} incl. VAT"
