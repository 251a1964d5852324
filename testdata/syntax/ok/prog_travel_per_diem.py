from datetime import date, timedelta

RATES = {"Berlin": (24, 20), "London": (62, 41), "New York": (74, 50)}
DEFAULT = (28, 14)


def per_diem(city, start, end, meals_provided=()):
    full, partial = RATES.get(city, DEFAULT)
    days = (end - start).days + 1
    total = 0.0
    for i in range(days):
        day = start + timedelta(days=i)
        rate = partial if i in (0, days - 1) else full
        if day in meals_provided:
            rate *= 0.6
        total += rate
    return round(total, 2)


trip = get_trip(trip_id)
per_diem(trip["city"], date.fromisoformat(trip["start"]), date.fromisoformat(trip["end"]),
         {date.fromisoformat(d) for d in trip.get("meals_provided", [])})
