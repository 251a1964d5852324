from datetime import datetime, timezone

SLA_HOURS = {"P1": 4, "P2": 24, "P3": 72}

now = datetime.now(timezone.utc)
breaches = []
at_risk = []

for inc in open_incidents():
    opened = datetime.fromisoformat(inc["opened_at"])
    elapsed = (now - opened).total_seconds() / 3600
    limit = SLA_HOURS.get(inc["priority"], 168)
    if elapsed > limit:
        breaches.append((inc["id"], round(elapsed - limit, 1)))
    elif elapsed > limit * 0.8:
        at_risk.append(inc["id"])

if breaches:
    page_oncall(f"{len(breaches)} incidents breached SLA: " + ", ".join(i for i, _ in breaches))

{"breached": breaches, "at_risk": at_risk, "checked_at": now.isoformat()}
