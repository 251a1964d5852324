from datetime import datetime, timedelta


def parse_field(field, lo, hi):
    if field == "*":
        return set(range(lo, hi + 1))
    values = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/")
            step = int(step_s)
        if part in ("*", ""):
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        values.update(range(start, end + 1, step))
    return values


def next_run(expr, after):
    minute, hour, dom, month, dow = expr.split()
    mins, hours = parse_field(minute, 0, 59), parse_field(hour, 0, 23)
    days, months, dows = parse_field(dom, 1, 31), parse_field(month, 1, 12), parse_field(dow, 0, 6)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    for _ in range(366 * 24 * 60):
        if t.minute in mins and t.hour in hours and t.day in days and t.month in months and (t.weekday() + 1) % 7 in dows:
            return t
        t += timedelta(minutes=1)
    return None


next_run("*/15 9-17 * * 1-5", datetime(2024, 5, 17, 17, 50))
