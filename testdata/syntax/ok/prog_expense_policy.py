LIMITS = {"meal": 60, "hotel": 220, "taxi": 80, "flight": None}
NEEDS_RECEIPT_OVER = 25

violations = []
approved_total = 0

for exp in expenses:
    cat = exp["category"]
    amount = exp["amount"]
    if cat not in LIMITS:
        violations.append((exp["id"], f"unknown category {cat!r}"))
        continue
    limit = LIMITS[cat]
    if limit is not None and amount > limit:
        violations.append((exp["id"], f"{cat} over limit by {amount - limit:.2f}"))
        amount = limit
    if amount > NEEDS_RECEIPT_OVER and not exp.get("receipt_url"):
        violations.append((exp["id"], "missing receipt"))
        continue
    if cat == "meal" and exp.get("alcohol"):
        amount -= exp["alcohol"]
    approved_total += amount

needs_manager = approved_total > 1000 or len(violations) > 2
{"approved": round(approved_total, 2), "violations": violations, "manager_review": needs_manager}
