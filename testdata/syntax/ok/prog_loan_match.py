def decide(app):
    match app:
        case {"score": s} if s < 550:
            return "decline", "score too low"
        case {"employment": "unemployed", "collateral": None}:
            return "decline", "no income or collateral"
        case {"amount": amt, "income": inc} if amt > inc * 5:
            return "refer", "amount high relative to income"
        case {"purpose": "car" | "home" as purpose, "collateral": {"value": v}} if v >= app["amount"]:
            return "approve", f"secured {purpose} loan"
        case {"score": s, "amount": amt} if s >= 720 and amt <= 50_000:
            return "approve", "prime unsecured"
        case _:
            return "refer", "manual review"


decision, why = decide(application)
{"decision": decision, "reason": why}
