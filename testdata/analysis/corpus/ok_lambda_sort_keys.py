people = [
    {"name": "Zed", "age": 30, "team": "b"},
    {"name": "Amy", "age": 25, "team": "a"},
    {"name": "Bob", "age": 30, "team": "a"},
]
by_age_then_name = sorted(people, key=lambda p: (p["age"], p["name"]))
oldest = max(people, key=lambda p: p["age"])
teams = sorted({p["team"] for p in people})
([p["name"] for p in by_age_then_name], oldest["name"], teams)
