principal = 10_000.0
annual_rate = 0.05
contribution = 200.0
years = 20

balance = principal
history = []
for year in range(1, years + 1):
    for _ in range(12):
        balance *= 1 + annual_rate / 12
        balance += contribution
    history.append((year, round(balance, 2)))

contributed = principal + contribution * 12 * years
growth = balance - contributed
f"After {years} years: {balance:,.2f} ({growth / contributed:.1%} growth on {contributed:,.0f} contributed)"
