import datetime

due = datetime.date(2024, 3, 9)
label = f"Due on {due:%Y-%m-%d} ({due:%A})"
label
