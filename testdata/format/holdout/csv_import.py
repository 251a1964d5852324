import re

REQUIRED = ('email', 'first_name', 'last_name')
EMAIL_RE = re.compile(r'^[^@\s]+@[^@\s]+\.[a-z]{2,}$', re.IGNORECASE)

def parse_csv(text, sep = ','):
    lines = [l for l in text.splitlines() if l.strip()]
    header = [h.strip().lower().replace(' ', '_') for h in lines[0].split(sep)]
    rows = []
    for n, line in enumerate(lines[1:], start = 2):
        cells = [c.strip() for c in line.split(sep)]
        if len(cells) != len(header):
            rows.append({'_line': n, '_error': 'expected %d columns, got %d' % (len(header), len(cells))})
            continue
        row = dict(zip(header, cells)); row['_line'] = n
        rows.append(row)
    return header, rows

def validate(row):
    if '_error' in row: return row['_error']
    for col in REQUIRED:
        if not row.get(col): return 'missing ' + col
    if not EMAIL_RE.match(row['email']): return 'invalid email ' + row['email']
    return None

header, rows = parse_csv(read_upload(upload_id))
missing = [c for c in REQUIRED if c not in header]
if missing:
    report = {'ok': False, 'error': 'missing columns: ' + ', '.join(missing)}
else:
    good, bad = [], []
    for row in rows:
        problem = validate(row)
        if problem: bad.append({'line': row['_line'], 'problem': problem})
        else: good.append({k: v for k, v in row.items() if not k.startswith('_')})
    created = bulk_create_contacts(good, list_id = target_list) if good else 0
    report = {'ok': True, 'created': created, 'rejected': bad[:100], 'rejected_count': len(bad)}
report
