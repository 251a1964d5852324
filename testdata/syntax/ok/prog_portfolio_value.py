holdings = get_holdings(account_id)
symbols = sorted({h["symbol"] for h in holdings})
prices = await get_prices(symbols)
fx = await get_fx_rates("EUR")

positions = []
for h in holdings:
    px = prices[h["symbol"]]
    local_value = h["shares"] * px["last"]
    value_eur = local_value / fx[px["currency"]] if px["currency"] != "EUR" else local_value
    cost_eur = h["shares"] * h["avg_cost_eur"]
    positions.append({
        "symbol": h["symbol"],
        "value": round(value_eur, 2),
        "pnl": round(value_eur - cost_eur, 2),
        "pnl_pct": round((value_eur / cost_eur - 1) * 100, 2) if cost_eur else None,
    })

total = sum(p["value"] for p in positions)
for p in positions:
    p["weight"] = round(p["value"] / total * 100, 1)

{"total_eur": round(total, 2), "positions": sorted(positions, key=lambda p: -p["value"])}
