from datetime import date

TEMPLATES = {
    -3: ('invoice_due_soon',  'Your invoice {number} is due in 3 days'),
    0:  ('invoice_due_today', 'Your invoice {number} is due today'),
    7:  ('invoice_overdue_1', 'Invoice {number} is 7 days overdue'),
    21: ('invoice_overdue_2', 'Second reminder: invoice {number} is 21 days overdue'),
    45: ('invoice_final',     'Final notice: invoice {number} is 45 days overdue'),
}

today = date.today()
sent = []
for inv in unpaid_invoices():
    days_overdue = (today - inv['due_date']).days
    if days_overdue not in TEMPLATES: continue
    template, subject = TEMPLATES[days_overdue]
    contact = billing_contact(inv['customer_id'])
    if contact is None: continue
    send_email(contact['email'], template=template, subject=subject.format(number=inv['number']), context={'invoice': inv, 'pay_url': payment_link(inv['id'])})
    sent.append((inv['number'], days_overdue))
    if days_overdue == 45: suspend_account(inv['customer_id'], reason='invoice %s unpaid' % inv['number'])
sent
