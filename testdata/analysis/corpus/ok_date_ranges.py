import datetime

def month_starts(year):
    return [datetime.date(year, m, 1) for m in range(1, 13)]

def quarter(d):
    return (d.month - 1) // 3 + 1

starts = month_starts(2024)
by_q = {}
for d in starts:
    by_q.setdefault(quarter(d), []).append(d.isoformat())
{q: len(v) for q, v in by_q.items()}
