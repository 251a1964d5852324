BRACKETS_2024 = [
    (11_600, 0.10),
    (47_150, 0.12),
    (100_525, 0.22),
    (191_950, 0.24),
    (243_725, 0.32),
    (609_350, 0.35),
    (float("inf"), 0.37),
]


def income_tax(taxable):
    tax, lower = 0.0, 0.0
    for upper, rate in BRACKETS_2024:
        if taxable <= lower:
            break
        tax += (min(taxable, upper) - lower) * rate
        lower = upper
    return round(tax, 2)


taxable = max(gross_income - max(itemized, 14_600), 0)
tax = income_tax(taxable)
{"taxable": taxable, "tax": tax, "effective_rate": f"{tax / gross_income:.2%}" if gross_income else "n/a"}
