BRACKETS = [(10_000, 0.0), (40_000, 0.2), (100_000, 0.4), (None, 0.45)]

def income_tax(income):
    tax = 0.0
    lower = 0
    for upper, rate in BRACKETS:
        top = income if upper is None else min(income, upper)
        if top > lower:
            tax += (top - lower) * rate
        if upper is None or income <= upper:
            break
        lower = upper
    return tax

[f"{i:>8d} -> {income_tax(i):>10.2f}" for i in (5_000, 25_000, 150_000)]
