from datetime import date

MIN_AGE_BY_COUNTRY = {'US':21,'CA':19,'GB':18,'DE':18,'JP':20,'KR':19}

def age_on(birth: date, today: date) -> int:
    years = today.year-birth.year
    if (today.month, today.day) < (birth.month, birth.day): years -= 1
    return years

def allowed(customer, country, today=None):
    today = today or date.today()
    dob = customer.get('date_of_birth')
    if dob is None: return False, 'date of birth required'
    min_age = MIN_AGE_BY_COUNTRY.get(country, 18)
    age = age_on(dob, today)
    if age < min_age: return False, f'must be {min_age} or older in {country}'
    if customer.get('id_verified') is not True and age < min_age+4: return False, 'ID verification required'
    return True, None

def restricted_items(cart):
    return [line for line in cart['lines'] if line.get('age_restricted') or line.get('category') in ('alcohol', 'tobacco', 'vape')]

if not restricted_items(cart):
    ok, reason = True, None
else:
    ok, reason = allowed(customer, shipping_country)
    if not ok: log_event('age_gate_block', customer_id=customer['id'], country=shipping_country, reason=reason)
{'allowed':ok,'reason':reason}
