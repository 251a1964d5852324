# Tiny rule engine: each rule is a dict with a predicate and an action.
rules = [
    {"name": "vip", "when": lambda o: o["total"] > 500, "tag": "vip"},
    {"name": "bulk", "when": lambda o: o["qty"] >= 10, "tag": "bulk"},
    {"name": "intl", "when": lambda o: o["country"] != "US", "tag": "intl"},
]

def apply_rules(order):
    tags = [r["tag"] for r in rules if r["when"](order)]
    return {**order, "tags": tags}

orders = [
    {"id": 1, "total": 800, "qty": 2, "country": "US"},
    {"id": 2, "total": 50, "qty": 20, "country": "FR"},
]
[apply_rules(o)["tags"] for o in orders]
