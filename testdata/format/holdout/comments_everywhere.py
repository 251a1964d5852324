# -*- coding: utf-8 -*-
# Loan pre-qualification rule
# Owner: risk team (ask in #risk before changing thresholds!)

MIN_SCORE = 640  # credit score
MAX_DTI = 0.43   # debt-to-income


def dti(applicant):
    # monthly debt payments / monthly gross income
    income = applicant['annual_income'] / 12
    if income <= 0:  # avoid division by zero
        return 1.0
    return applicant['monthly_debt'] / income


def prequalify(applicant, amount):
    reasons = []  # why we said no
    score = credit_score(applicant['ssn_token'])  # external bureau call
    if score < MIN_SCORE:
        reasons.append('credit score')
    # TODO: use the new affordability model once it is validated
    ratio = dti(applicant)
    if ratio > MAX_DTI:
        reasons.append('debt-to-income')
    if amount > applicant['annual_income'] * 0.5:  # cap at half a year's income
        reasons.append('amount too high')
    # if applicant.get('bankruptcy_years_ago', 99) < 7:
    #     reasons.append('recent bankruptcy')
    rate = None
    if not reasons:
        # base rate plus risk premium
        rate = 6.5 + max(0, (760 - score)) * 0.02 + ratio * 4
    return {
        'qualified': not reasons,  # the UI shows the reasons only when false
        'reasons': reasons,
        'rate': round(rate, 2) if rate else None,
        # 'score': score,  # never return the raw score
    }


prequalify(applicant, requested_amount)  # last expression is the result
