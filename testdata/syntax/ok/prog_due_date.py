from datetime import date, datetime, timedelta

NET_TERMS = {"net15": 15, "net30": 30, "net60": 60, "due_on_receipt": 0}


def due_date(issued: str, terms: str) -> date:
    issued_on = datetime.strptime(issued, "%Y-%m-%d").date()
    days = NET_TERMS.get(terms, 30)
    due = issued_on + timedelta(days=days)
    # Roll weekends forward to Monday.
    while due.weekday() >= 5:
        due += timedelta(days=1)
    return due


def overdue_days(issued, terms, today):
    delta = (today - due_date(issued, terms)).days
    return max(delta, 0)


today = date.fromisoformat(as_of)
[
    {"invoice": inv["number"], "due": due_date(inv["issued"], inv["terms"]).isoformat(),
     "overdue": overdue_days(inv["issued"], inv["terms"], today)}
    for inv in invoices
]
