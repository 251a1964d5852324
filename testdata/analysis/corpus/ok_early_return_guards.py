def validate(user):
    if not user:
        return "empty"
    if "email" not in user:
        return "no email"
    if "@" not in user["email"]:
        return "bad email"
    if user.get("age", 0) < 18:
        return "minor"
    return "ok"

[validate(u) for u in [{}, {"age": 30}, {"email": "x"}, {"email": "a@b", "age": 20}]]
