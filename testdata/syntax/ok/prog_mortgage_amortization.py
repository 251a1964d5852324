def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r * (1 + r) ** n / ((1 + r) ** n - 1)


def schedule(principal, annual_rate, years, show=12):
    pay = monthly_payment(principal, annual_rate, years)
    balance = principal
    rows = []
    for month in range(1, years * 12 + 1):
        interest = balance * annual_rate / 12
        principal_part = pay - interest
        balance -= principal_part
        if month <= show:
            rows.append((month, round(pay, 2), round(interest, 2), round(max(balance, 0), 2)))
    return rows


schedule(350_000, 0.0425, 30)
