items = receipt["items"]
tip_rate = 0.18
tax_rate = receipt["tax"] / receipt["subtotal"]

owed = {person: 0.0 for person in diners}
for item in items:
    sharers = item.get("shared_by") or diners
    each = item["price"] / len(sharers)
    for p in sharers:
        owed[p] += each

final = {p: round(amt * (1 + tax_rate + tip_rate), 2) for p, amt in owed.items()}
drift = round(sum(final.values()) - receipt["subtotal"] * (1 + tax_rate + tip_rate), 2)
payer = max(final, key=final.get)
final[payer] = round(final[payer] - drift, 2)
final
