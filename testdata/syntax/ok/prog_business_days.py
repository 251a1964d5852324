from datetime import date, timedelta

holidays = {date.fromisoformat(d) for d in get_holidays(country="GB", year=2024)}


def is_business_day(d):
    return d.weekday() < 5 and d not in holidays


def add_business_days(start, n):
    d = start
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d):
            remaining -= 1
    return d


def business_days_between(a, b):
    if a > b:
        a, b = b, a
    return sum(1 for i in range((b - a).days) if is_business_day(a + timedelta(days=i + 1)))


start = date(2024, 12, 20)
(add_business_days(start, 5).isoformat(), business_days_between(start, date(2025, 1, 6)))
