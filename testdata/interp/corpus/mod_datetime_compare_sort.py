import datetime
ds = [datetime.date(2024, 5, 1), datetime.date(2023, 1, 1), datetime.date(2024, 1, 1)]
print(sorted(ds))
print(max(ds), min(ds) == datetime.date(2023, 1, 1))
{d.year for d in ds}
