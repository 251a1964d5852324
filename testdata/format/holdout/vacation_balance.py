ACCRUAL_PER_MONTH = {0: 1.25, 3: 1.67, 7: 2.08}   # by years of service
CARRYOVER_CAP = 5.0

def accrual_rate(years):
    rate = 0
    for min_years, r in sorted(ACCRUAL_PER_MONTH.items()):
        if years >= min_years: rate = r
    return rate

def balance(employee, as_of_month):
    years = employee['years_of_service']
    accrued = accrual_rate(years) * as_of_month
    carried = min(employee.get('carryover', 0.0), CARRYOVER_CAP)
    taken = sum(r['days'] for r in approved_leave(employee['id'], year = current_year()) if r['type'] == 'vacation')
    pending = sum(r['days'] for r in pending_leave(employee['id']) if r['type'] == 'vacation')
    return {'accrued': round(accrued, 2), 'carried_over': carried, 'taken': taken, 'pending': pending, 'available': round(accrued + carried - taken - pending, 2)}

def can_request(employee, days, as_of_month):
    b = balance(employee, as_of_month)
    if days <= b['available']: return True, b
    # allow going up to 3 days negative with manager approval
    return (days - b['available'] <= 3 and employee.get('manager_approved_negative', False)), b

ok, b = can_request(get_employee(request['employee_id']), request['days'], current_month())
{'ok': ok, 'balance': b}
