import re

COMMON = {'password','123456','qwerty','letmein','welcome','admin'}

def check_password(pw: str, user: dict) -> list[str]:
    problems: list[str] = []
    if len(pw) < 12: problems.append('must be at least 12 characters')
    if len(pw) > 128: problems.append('must be at most 128 characters')
    classes = sum([bool(re.search(r'[a-z]', pw)), bool(re.search(r'[A-Z]', pw)), bool(re.search(r'\d', pw)), bool(re.search(r'[^\w\s]', pw))])
    if classes < 3: problems.append('must mix at least three of: lower case, upper case, digits, symbols')
    lowered = pw.lower()
    if lowered in COMMON: problems.append('is too common')
    for field in ('email', 'username', 'first_name', 'last_name'):
        value = (user.get(field) or '').lower()
        if len(value) >= 4 and value.split('@')[0] in lowered:
            problems.append(f'must not contain your {field.replace("_", " ")}')
    if re.search(r'(.)\1{3,}', pw): problems.append('must not repeat a character four times in a row')
    if breach_count(pw) > 0: problems.append('appeared in a known data breach')
    return problems

errors = check_password(form['password'], {'email': form['email'], 'username': form.get('username'), 'first_name': form.get('first_name'), 'last_name': form.get('last_name')})
{'valid': not errors, 'errors': errors}
