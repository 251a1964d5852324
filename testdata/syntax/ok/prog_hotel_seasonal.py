from datetime import date, timedelta

SEASONS = [
    ((6, 15), (9, 1), 1.45, "summer"),
    ((12, 20), (12, 31), 1.6, "holidays"),
    ((1, 1), (1, 6), 1.6, "holidays"),
]


def season_factor(d):
    for (sm, sd), (em, ed), factor, _name in SEASONS:
        if date(d.year, sm, sd) <= d <= date(d.year, em, ed):
            return factor
    return 1.0


def stay_price(base, check_in, nights):
    total = 0.0
    for i in range(nights):
        night = check_in + timedelta(days=i)
        rate = base * season_factor(night)
        if night.weekday() in (4, 5):
            rate *= 1.15
        total += rate
    if nights >= 7:
        total *= 0.9
    return round(total, 2)


stay_price(room["base_rate"], date.fromisoformat(booking["check_in"]), booking["nights"])
