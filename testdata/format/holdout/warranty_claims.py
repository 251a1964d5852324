from datetime import date

WARRANTY_MONTHS = {'laptop': 24, 'phone': 12, 'headphones': 12, 'tv': 36, 'default': 12}
COVERED = {'defect', 'battery', 'screen_dead_pixels', 'wont_power_on'}
NOT_COVERED = {'water_damage', 'drop_damage', 'cosmetic', 'lost'}

def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)

def assess(claim, purchase):
    months = months_between(purchase['date'], claim['date'])
    limit = WARRANTY_MONTHS.get(purchase['category'], WARRANTY_MONTHS['default'])
    if purchase.get('extended_warranty'): limit += 24
    if months > limit: return 'denied', f'purchased {months} months ago; warranty is {limit} months'
    if claim['issue'] in NOT_COVERED: return 'denied', f"{claim['issue'].replace('_', ' ')} is not covered"
    if claim['issue'] in COVERED: return ('replace' if months <= 1 else 'repair'), 'covered defect'
    return 'review', 'issue needs a technician to assess'

decision, why = assess(claim, get_purchase(claim['serial_number']))
if decision in ('repair', 'replace'):
    label = create_return_label(claim['customer_id'], reason = decision)
    notify_customer(claim['customer_id'], f'Your claim was approved ({decision}). Print your label: {label}')
elif decision == 'denied':
    notify_customer(claim['customer_id'], 'We are sorry, your claim was not approved: ' + why)
else:
    assign_to_technician(claim['id'])
{'decision': decision, 'reason': why}
