RULES = [
    # (name, predicate, severity)
    ('weekend',      lambda e: e['weekday'] >= 5 and e['category'] not in ('travel', 'lodging'), 'warn'),
    ('round_amount', lambda e: e['amount'] >= 100 and e['amount'] % 50 == 0, 'info'),
    ('no_receipt',   lambda e: e['amount'] > 75 and not e.get('receipt_id'), 'error'),
    ('alcohol',      lambda e: 'alcohol' in e.get('line_items_categories', []), 'error'),
    ('over_limit',   lambda e: e['amount'] > CATEGORY_LIMITS.get(e['category'], 500), 'warn'),
]

CATEGORY_LIMITS = {'meals': 75, 'travel': 2500, 'lodging': 400, 'software': 300, 'office': 200}

def audit(expense):
    findings = []
    for name, predicate, severity in RULES:
        try:
            if predicate(expense):
                findings.append({'rule': name, 'severity': severity})
        except KeyError as missing:
            findings.append({'rule': name, 'severity': 'error', 'detail': f'missing field {missing}'})
    return findings

report = {'approved': [], 'flagged': [], 'rejected': []}
for e in pending_expenses(company_id, since_days = 30):
    f = audit(e)
    worst = 'error' if any(x['severity'] == 'error' for x in f) else 'warn' if any(x['severity'] == 'warn' for x in f) else None
    if worst is None:
        approve_expense(e['id']); report['approved'].append(e['id'])
    elif worst == 'warn':
        flag_expense(e['id'], findings = f); report['flagged'].append(e['id'])
    else:
        reject_expense(e['id'], reason = '; '.join(x['rule'] for x in f if x['severity'] == 'error')); report['rejected'].append(e['id'])
{k: len(v) for k, v in report.items()}
