import decimal
from decimal import Decimal, ROUND_HALF_UP

decimal.getcontext().prec = 28

bill = Decimal(str(bill_amount))
suggestions = {}
for pct in (15, 18, 20, 25):
    tip = (bill * pct / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = bill + tip
    rounded_total = total.quantize(Decimal("1"), rounding=decimal.ROUND_CEILING)
    suggestions[f"{pct}%"] = {"tip": str(tip), "total": str(total), "round_up_to": str(rounded_total)}

suggestions
