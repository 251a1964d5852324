import string

COMMON = {"password", "123456", "qwerty", "letmein", "admin"}


def strength(pw):
    score = 0
    checks = [
        any(c.islower() for c in pw),
        any(c.isupper() for c in pw),
        any(c.isdigit() for c in pw),
        any(c in string.punctuation for c in pw),
        len(pw) >= 12,
        len(set(pw)) >= len(pw) * 0.6,
    ]
    score = sum(checks)
    if pw.lower() in COMMON:
        score = 0
    return score


def label(score):
    return ["very weak", "weak", "weak", "fair", "good", "strong", "excellent"][score]


label(strength(candidate))
