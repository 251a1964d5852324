rates = get_exchange_rates(base="USD")


def convert(amount, src, dst):
    if src == dst:
        return amount
    usd = amount / rates[src] if src != "USD" else amount
    return usd * rates[dst] if dst != "USD" else usd


balances = {"EUR": 1250.40, "GBP": 310.00, "JPY": 150_000, "USD": 99.99}
target = preferred_currency or "USD"
converted = {cur: round(convert(amt, cur, target), 2) for cur, amt in balances.items()}
total = round(sum(converted.values()), 2)
(total, target, converted)
