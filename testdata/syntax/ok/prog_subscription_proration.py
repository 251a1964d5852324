from datetime import date

PLANS = {"basic": 9, "pro": 29, "team": 79}


def prorate(old_plan, new_plan, change_day: date, period_start: date, period_end: date):
    days_total = (period_end - period_start).days
    days_left = (period_end - change_day).days
    unused = PLANS[old_plan] * days_left / days_total
    new_cost = PLANS[new_plan] * days_left / days_total
    charge = new_cost - unused
    return {
        "credit": round(unused, 2),
        "charge": round(max(charge, 0), 2),
        "refund": round(-charge, 2) if charge < 0 else 0,
    }


prorate(current_plan, requested_plan, date.today(), date(2024, 3, 1), date(2024, 4, 1))
