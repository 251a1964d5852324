import datetime
tz = datetime.timezone(datetime.timedelta(hours=2))
dt = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=tz)
print(dt, dt.isoformat())
utc = datetime.timezone.utc if hasattr(datetime.timezone, "utc") else None
print(dt.tzinfo)
dt.utcoffset()
