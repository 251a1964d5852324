from datetime import datetime, timedelta

SLA_HOURS = {"urgent": 1, "high": 4, "normal": 24, "low": 72}
BUSINESS_HOURS = (9, 18)

def add_business_hours(start: datetime, hours: float) -> datetime:
    t = start; remaining = hours
    while remaining > 0:
        if t.weekday() >= 5 or t.hour >= BUSINESS_HOURS[1]:
            t = (t + timedelta(days=1)).replace(hour=BUSINESS_HOURS[0], minute=0, second=0, microsecond=0); continue
        if t.hour < BUSINESS_HOURS[0]:
            t = t.replace(hour=BUSINESS_HOURS[0], minute=0, second=0, microsecond=0)
        end_of_day = t.replace(hour=BUSINESS_HOURS[1], minute=0, second=0, microsecond=0)
        available = (end_of_day - t).total_seconds()/3600
        step = min(available, remaining)
        t += timedelta(hours=step); remaining -= step
    return t

def status(ticket, now):
    created = datetime.fromisoformat(ticket["created_at"])
    due = created + timedelta(hours=SLA_HOURS[ticket["priority"]]) if ticket["priority"] == "urgent" else add_business_hours(created, SLA_HOURS[ticket["priority"]])
    if ticket.get("first_response_at"):
        responded = datetime.fromisoformat(ticket["first_response_at"])
        return ("met" if responded <= due else "breached"), due
    if now > due: return "breached", due
    if (due - now) <= timedelta(hours=1): return "at_risk", due
    return "ok", due

now = datetime.fromisoformat(now_iso())
summary = {"ok": 0, "at_risk": 0, "breached": 0, "met": 0}
for t in open_tickets(queue="support"):
    s, due = status(t, now)
    summary[s] += 1
    if s == "at_risk": notify_assignee(t["id"], f"SLA due at {due:%H:%M}")
summary
