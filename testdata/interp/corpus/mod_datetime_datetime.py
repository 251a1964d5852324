import datetime
dt = datetime.datetime(2024, 1, 31, 23, 59, 30)
later = dt + datetime.timedelta(seconds=45)
print(dt, later, later.month, later.hour, later.minute)
print(dt.isoformat(), dt.strftime("%Y/%m/%d %H:%M:%S"), dt.date())
print(repr(dt))
(later - dt).total_seconds()
