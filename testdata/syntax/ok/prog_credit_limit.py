report = get_credit_report(applicant_id)
income = declared_income

score = report["score"]
utilization = report["balances"] / report["limits"] if report["limits"] else 0
dti = report["monthly_debt"] * 12 / income if income else 1

if score < 580 or dti > 0.5:
    limit = 0
else:
    base = income * (0.1 if score < 670 else 0.2 if score < 740 else 0.3)
    penalty = 1 - min(utilization, 0.9) * 0.5
    limit = int(base * penalty // 100 * 100)
    limit = min(limit, 25_000)

{"approved": limit > 0, "limit": limit, "score": score, "dti": round(dti, 3)}
