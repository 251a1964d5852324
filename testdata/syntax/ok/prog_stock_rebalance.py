targets = {"VTI": 0.5, "VXUS": 0.3, "BND": 0.2}
holdings = get_positions(account)
prices = get_quotes(list(targets))

values = {s: holdings.get(s, 0) * prices[s] for s in targets}
cash = get_cash(account) + new_contribution
total = sum(values.values()) + cash

orders = []
for sym, weight in targets.items():
    desired = total * weight
    diff = desired - values[sym]
    shares = int(diff / prices[sym])
    if abs(diff) / total > 0.02 and shares:
        orders.append({"symbol": sym, "side": "buy" if shares > 0 else "sell", "qty": abs(shares)})

orders.sort(key=lambda o: o["side"] != "sell")  # sells first to free cash
orders
