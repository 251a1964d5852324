VALIDATORS = []

def validator(field, *, required=False, message=None):
    def wrap(fn):
        VALIDATORS.append({'field':field,'fn':fn,'required':required,'message':message or f'invalid {field}'})
        return fn
    return wrap

@validator('email', required=True)
def _email(v): return isinstance(v, str) and '@' in v and '.' in v.rsplit('@', 1)[-1]

@validator('age', message='age must be between 13 and 120')
def _age(v): return isinstance(v, int) and 13 <= v <= 120

@validator('country')
def _country(v): return v in SUPPORTED_COUNTRIES

@validator('referral_code')
def _ref(v): return len(v) == 8 and v.isalnum() and referral_exists(v)

SUPPORTED_COUNTRIES = {'US','CA','GB','DE','FR','ES','IT','NL','SE','AU'}

def validate(payload):
    errors = {}
    for v in VALIDATORS:
        value = payload.get(v['field'])
        if value is None:
            if v['required']: errors[v['field']] = 'required'
            continue
        if not v['fn'](value): errors[v['field']] = v['message']
    return errors

validate(signup)
