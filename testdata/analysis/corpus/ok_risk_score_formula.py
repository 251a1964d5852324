import math

WEIGHTS = {"age": 0.02, "claims": 0.4, "score": -0.003}

def risk(applicant):
    z = sum(WEIGHTS[k] * applicant[k] for k in WEIGHTS)
    p = 1 / (1 + math.exp(-z))
    band = "high" if p > 0.6 else "medium" if p > 0.4 else "low"
    return round(p, 4), band

applicants = [{"age": 40, "claims": 2, "score": 700}, {"age": 22, "claims": 0, "score": 550}]
[risk(a) for a in applicants]
