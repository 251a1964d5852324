from datetime import datetime
import math

entry = datetime.fromisoformat(ticket["entered"])
exit_ = datetime.fromisoformat(ticket["exited"])
minutes = (exit_ - entry).total_seconds() / 60

if minutes <= 15:
    fee = 0
else:
    hours = math.ceil(minutes / 60)
    days, rem_hours = divmod(hours, 24)
    fee = days * 25 + min(rem_hours * 3.5, 25)
    if entry.weekday() >= 5:
        fee *= 0.8
    if ticket.get("validated_by"):
        fee = max(fee - 7, 0)

round(fee, 2)
