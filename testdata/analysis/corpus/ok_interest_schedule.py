def schedule(principal, annual_rate, months):
    r = annual_rate / 12
    payment = principal * r / (1 - (1 + r) ** -months)
    rows = []
    balance = principal
    for m in range(1, months + 1):
        interest = balance * r
        balance -= payment - interest
        rows.append(f"{m:>3} {payment:>10.2f} {interest:>9.2f} {max(balance, 0):>12.2f}")
    return rows

print("\n".join(schedule(5000, 0.06, 6)))
