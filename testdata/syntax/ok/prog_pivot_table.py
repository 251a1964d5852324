sales = query("select region, month, amount from sales where year = 2024")

regions = sorted({r["region"] for r in sales})
months = sorted({r["month"] for r in sales})
table = {reg: {m: 0.0 for m in months} for reg in regions}

for row in sales:
    table[row["region"]][row["month"]] += row["amount"]

col_totals = {m: sum(table[r][m] for r in regions) for m in months}
row_totals = {r: sum(table[r].values()) for r in regions}

header = "region".ljust(12) + "".join(f"{m:>10}" for m in months) + f"{'total':>12}"
body = [r.ljust(12) + "".join(f"{table[r][m]:>10.0f}" for m in months) + f"{row_totals[r]:>12.0f}" for r in regions]
footer = "TOTAL".ljust(12) + "".join(f"{col_totals[m]:>10.0f}" for m in months) + f"{sum(row_totals.values()):>12.0f}"
"\n".join([header, *body, footer])
