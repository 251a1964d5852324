def fraud_score(txn, profile):
    score = 0.0
    reasons = []
    if txn["country"] != profile["home_country"]:
        score += 0.25
        reasons.append("foreign country")
    if txn["amount"] > 5 * profile["avg_amount"]:
        score += 0.35
        reasons.append("unusually large")
    if txn["hour"] < 5:
        score += 0.1
        reasons.append("night time")
    if txn["merchant_category"] in {"gift_cards", "crypto", "wire"}:
        score += 0.2
        reasons.append("risky category")
    if profile["account_age_days"] < 30:
        score *= 1.3
    return min(score, 1.0), reasons


score, why = fraud_score(transaction, get_profile(transaction["card_id"]))
action = "block" if score >= 0.7 else "review" if score >= 0.4 else "allow"
{"action": action, "score": round(score, 2), "reasons": why}
