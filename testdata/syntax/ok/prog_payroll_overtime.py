def weekly_pay(hours, rate, state="default"):
    ot_threshold = 40
    daily_rules = {"CA": 8}
    regular = min(hours, ot_threshold)
    overtime = max(hours - ot_threshold, 0)
    double = 0
    if state in daily_rules and hours > 60:
        double = hours - 60
        overtime -= double
    gross = regular * rate + overtime * rate * 1.5 + double * rate * 2
    return round(gross, 2)


employees = get_timesheets(week=week_id)
payroll = {e["name"]: weekly_pay(e["hours"], e["rate"], e.get("state", "default")) for e in employees}
total_cost = sum(payroll.values())
payroll["__total__"] = round(total_cost, 2)
payroll
