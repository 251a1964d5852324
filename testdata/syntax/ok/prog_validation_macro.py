# A reusable validation "macro": rules are data, evaluated against a record.
RULES = [
    ("name", "required", None),
    ("name", "max_len", 80),
    ("email", "pattern", r"^[^@\s]+@[^@\s]+$"),
    ("quantity", "range", (1, 999)),
    ("country", "one_of", {"US", "CA", "MX"}),
]

import re


def check(record, field, rule, arg):
    value = record.get(field)
    if rule == "required":
        return value not in (None, "")
    if value is None:
        return True
    if rule == "max_len":
        return len(value) <= arg
    if rule == "pattern":
        return re.match(arg, value) is not None
    if rule == "range":
        lo, hi = arg
        return lo <= value <= hi
    if rule == "one_of":
        return value in arg
    raise ValueError(rule)


failures = [f"{f}: {r}" for f, r, a in RULES if not check(record, f, r, a)]
not failures or failures
