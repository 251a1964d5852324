from datetime import date, timedelta

LABOR_RATE = 95.0
MATERIAL_MARKUP = 0.18

def materials_cost(items):
    total = 0.0
    for item in items:
        unit = get_material_price(item['material'], supplier = item.get('supplier', 'default'))
        total += unit * item['quantity'] * (1 + item.get('waste_factor', 0.1))
    return total

def build_quote(job):
    materials = materials_cost(job['materials'])
    labor_hours = sum(t['hours'] for t in job['tasks'])
    if job.get('rush'): labor_hours *= 1.25
    lines = [
        {'description': 'Materials', 'amount': round(materials * (1 + MATERIAL_MARKUP), 2)},
        {'description': f'Labor ({labor_hours:.1f} h @ ${LABOR_RATE:.0f}/h)', 'amount': round(labor_hours * LABOR_RATE, 2)},
    ]
    if job.get('permit_required'):
        lines.append({'description': 'Permit fees', 'amount': permit_fee(job['city'], job['type'])})
    if job.get('distance_km', 0) > 30:
        lines.append({'description': 'Travel surcharge', 'amount': round((job['distance_km'] - 30) * 1.2, 2)})
    subtotal = sum(l['amount'] for l in lines)
    tax = round(subtotal * sales_tax_rate(job['zip']), 2)
    return {'customer': job['customer_id'], 'lines': lines, 'subtotal': round(subtotal, 2), 'tax': tax, 'total': round(subtotal + tax, 2), 'valid_until': (date.today() + timedelta(days = 30)).isoformat()}

q = build_quote(job)
create_pdf_quote(q, template = 'contractor-v2')
q
