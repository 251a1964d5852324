# from datetime import * with date, timedelta and datetime.
from datetime import *

d = date(2024, 2, 28) + timedelta(days=2)
print(d.year, d.month, d.day)
dt = datetime(2024, 1, 1, 12, 30)
later = dt + timedelta(hours=13)
print(later.day, later.hour, later.minute)
print((date(2024, 3, 1) - date(2024, 1, 1)).days)
