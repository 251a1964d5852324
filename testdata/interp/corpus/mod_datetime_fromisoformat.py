import datetime
dt = datetime.datetime.fromisoformat("2024-03-01T10:20:30")
print(dt, dt.second)
d = datetime.date.fromisoformat("2024-12-25")
d.strftime("%A")
