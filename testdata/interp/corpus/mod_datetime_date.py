import datetime
d = datetime.date(2024, 2, 28)
e = d + datetime.timedelta(days=2)
print(d, e, e.year, e.month, e.day, e.weekday(), e.isoweekday())
print(d.isoformat(), d.strftime("%d %b %Y"), repr(d))
print((e - d).days, d < e, d.replace(year=2023))
e - datetime.timedelta(weeks=1)
