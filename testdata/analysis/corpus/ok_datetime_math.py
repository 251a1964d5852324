import datetime

start = datetime.date(2024, 1, 31)
days = [start + datetime.timedelta(days=d) for d in (0, 1, 29)]
labels = [d.isoformat() for d in days]
gap = (days[-1] - days[0]).days
print(labels, gap)
gap
