def premium(applicant):
    base = 480.0
    age = applicant["age"]
    factor = 1.0
    if age < 25:
        factor += 0.6
    elif age > 65:
        factor += 0.35 + (age - 65) * 0.02
    factor += 0.15 * applicant.get("claims_last_5y", 0)
    if applicant.get("smoker"):
        factor *= 1.4
    region_factor = {"urban": 1.2, "suburban": 1.0, "rural": 0.9}[applicant["region"]]
    deductible_credit = {250: 1.0, 500: 0.93, 1000: 0.85, 2500: 0.75}.get(applicant["deductible"], 1.0)
    yearly = base * factor * region_factor * deductible_credit
    return round(yearly, 2), round(yearly / 12, 2)


yearly, monthly = premium(quote_request)
f"{monthly:.2f}/month ({yearly:.2f}/year)"
