import datetime
d = datetime.date(2024, 1, 5)
print(f"{d:%Y-%m-%d} {d:%d/%m/%y} {d}")
f"{d:%A %B}"
