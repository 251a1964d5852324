from datetime import date, timedelta

PLANS = {"starter": {"monthly": 9.0, "annual": 90.0, "seats": 1},
         "team": {"monthly": 49.0, "annual": 490.0, "seats": 10},
         "business": {"monthly": 199.0, "annual": 1990.0, "seats": 50}}

def days_in_period(period):
    return 365 if period == "annual" else 30

def prorate(old_plan, new_plan, period, days_used):
    """Credit for the unused part of the old plan, charge for the rest of the new."""
    total_days = days_in_period(period)
    remaining = max(0, total_days - days_used)
    credit = PLANS[old_plan][period] * remaining / total_days
    charge = PLANS[new_plan][period] * remaining / total_days
    return round(charge - credit, 2)

def extra_seats_cost(plan, seats, period):
    included = PLANS[plan]["seats"]
    extra = max(0, seats - included)
    per_seat = 8.0 if period == "monthly" else 80.0
    return extra * per_seat

def next_invoice(sub, today):
    period_start = sub["period_start"]
    days_used = (today - period_start).days
    amount = PLANS[sub["plan"]][sub["period"]] + extra_seats_cost(sub["plan"], sub["seats"], sub["period"])
    if sub.get("pending_change"):
        change = sub["pending_change"]
        amount += prorate(sub["plan"], change["plan"], sub["period"], days_used)
    if sub.get("coupon"):
        coupon = get_coupon(sub["coupon"])
        if coupon and coupon["expires"] >= today:
            amount = amount * (1 - coupon["percent_off"] / 100)
    due = period_start + timedelta(days=days_in_period(sub["period"]))
    return {"subscription": sub["id"], "amount": round(max(amount, 0), 2), "due": due.isoformat()}

invoices = [next_invoice(s, date.today()) for s in list_active_subscriptions(account_id) if s["status"] == "active"]
{"count": len(invoices), "total": round(sum(i["amount"] for i in invoices), 2), "invoices": invoices}
