from datetime import date

MIN_AGE = {"US": 21, "DE": 18, "JP": 20}


def age_on(birth: date, today: date) -> int:
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years


birth = date.fromisoformat(user["birth_date"])
required = MIN_AGE.get(user["country"], 18)
age = age_on(birth, date.today())
allowed = age >= required
"allowed" if allowed else f"must be {required}+ (is {age})"
