# An older rule that still uses constructs Monty does not run; `monty-lsp check` points at each.
class Coupon:
    def __init__(self, code, percent):
        self.code = code
        self.percent = percent


def codes(coupons):
    for c in coupons:
        yield c.code


with open("coupons.txt") as f:
    raw = f.read()

match order.get("coupon"):
    case {"code": str(code)}:
        applied = code
    case _:
        applied = None

del order["coupon"]
label = "coupon %s" % applied
send_receipt(customer_id, applied)
applied
