import re

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_]{2,19}$")


def validate(form):
    errors = []
    email = form.get("email", "").strip().lower()
    if not EMAIL_RE.match(email):
        errors.append("email is not valid")
    username = form.get("username", "")
    if not USERNAME_RE.fullmatch(username):
        errors.append("username must be 3-20 chars, start with a letter")
    password = form.get("password", "")
    if len(password) < 12:
        errors.append("password too short")
    elif password.lower() == password:
        errors.append("password needs an uppercase letter")
    if form.get("age") is not None and not (13 <= int(form["age"]) <= 120):
        errors.append("age out of range")
    return errors


problems = validate(signup)
{"ok": not problems, "errors": problems}
