from datetime import datetime, timedelta

CUTOFF_HOUR = 14
TRANSIT_DAYS = {"standard": 3, "express": 1, "economy": 6}

def eta(ordered_at: datetime, service: str, remote_area: bool = False) -> datetime:
    ship_day = ordered_at.date()
    if ordered_at.hour >= CUTOFF_HOUR:
        ship_day += timedelta(days=1)
    while ship_day.weekday() >= 5:
        ship_day += timedelta(days=1)
    days = TRANSIT_DAYS[service] + (2 if remote_area else 0)
    arrival = ship_day
    while days:
        arrival += timedelta(days=1)
        if arrival.weekday() < 5:
            days -= 1
    return datetime.combine(arrival, datetime.min.time()).replace(hour=18)


eta(datetime.fromisoformat(order["placed_at"]), order["shipping"], order["postcode"] in remote_postcodes).strftime("%A %d %B")
