import datetime
td = datetime.timedelta(days=1, hours=2, minutes=3, seconds=4)
print(td, td.days, td.seconds, td.total_seconds())
print(td * 2, td // 2, -td, abs(-td))
print(datetime.timedelta(hours=36), datetime.timedelta(milliseconds=1500))
repr(datetime.timedelta(days=-1, seconds=5))
