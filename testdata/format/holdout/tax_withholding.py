BRACKETS_2024 = {
    "single": [(11600, 0.10), (47150, 0.12), (100525, 0.22), (191950, 0.24), (243725, 0.32), (609350, 0.35), (float("inf"), 0.37)],
    "married": [(23200, 0.10), (94300, 0.12), (201050, 0.22), (383900, 0.24), (487450, 0.32), (731200, 0.35), (float("inf"), 0.37)],
}
STANDARD_DEDUCTION = {"single": 14600, "married": 29200}
PAY_PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

def annual_tax(taxable, status):
    tax, lower = 0.0, 0
    for upper, rate in BRACKETS_2024[status]:
        if taxable <= lower: break
        tax += (min(taxable, upper) - lower) * rate
        lower = upper
    return tax

def withholding(gross_per_period, frequency, status, pretax_per_period=0.0, extra=0.0):
    periods = PAY_PERIODS[frequency]
    annual = (gross_per_period - pretax_per_period) * periods
    taxable = max(0.0, annual - STANDARD_DEDUCTION[status])
    return round(annual_tax(taxable, status) / periods + extra, 2)

employee = get_employee(employee_id)
w = withholding(employee["gross_pay"], employee["pay_frequency"], employee["filing_status"], pretax_per_period=employee.get("retirement_contribution", 0.0), extra=employee.get("extra_withholding", 0.0))
{"employee": employee_id, "federal_withholding": w}
