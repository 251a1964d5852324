fmt_money = lambda v: f"${v:,.2f}"
prices = [12.5, 1999.99, 1234567]
[fmt_money(p) for p in prices]
