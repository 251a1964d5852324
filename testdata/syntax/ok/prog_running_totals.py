from itertools import accumulate

deposits = [t["amount"] if t["kind"] == "credit" else -t["amount"] for t in transactions]
balances = list(accumulate(deposits, initial=opening_balance))

lowest = min(balances)
lowest_at = balances.index(lowest)
overdrawn_days = sum(1 for b in balances if b < 0)

{
    "closing": balances[-1],
    "lowest": lowest,
    "lowest_after_txn": lowest_at,
    "overdrawn_days": overdrawn_days,
    "fee": 25 * overdrawn_days if overdrawn_days else 0,
}
