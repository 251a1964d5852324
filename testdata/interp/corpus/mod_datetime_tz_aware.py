import datetime
tz = datetime.timezone(datetime.timedelta(hours=2))
dt = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=tz)
print(dt, dt.isoformat())
dt.tzinfo
