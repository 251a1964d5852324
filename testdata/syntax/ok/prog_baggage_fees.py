FARE_ALLOWANCE = {"basic": 0, "standard": 1, "flex": 2, "business": 3}

def bag_fees(fare, bags, status=None):
    free = FARE_ALLOWANCE[fare] + (1 if status in ("gold", "platinum") else 0)
    fees = []
    for i, bag in enumerate(sorted(bags, key=lambda b: -b["kg"])):
        fee = 0 if i < free else (35 if i == free else 50)
        if bag["kg"] > 23:
            fee += 75 if bag["kg"] <= 32 else 200
        if sum(bag["dims_cm"]) > 158:
            fee += 100
        fees.append(fee)
    return fees


fees = bag_fees(passenger["fare"], passenger["bags"], passenger.get("status"))
{"per_bag": fees, "total": sum(fees)}
