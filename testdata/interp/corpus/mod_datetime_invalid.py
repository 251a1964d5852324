import datetime
datetime.date(2024, 2, 30)
