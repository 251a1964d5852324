from datetime import date, timedelta

NOTICE_DAYS = [90, 60, 30, 7]

def renewal_price(contract):
    base = contract['annual_value']
    uplift = contract.get('uplift_pct', 5) / 100
    seats_growth = max(0, contract['seats_used'] - contract['seats_licensed'])
    return round(base * (1 + uplift) + seats_growth * contract['price_per_seat'], 2)

def reminders(today):
    out = []
    for c in contracts_ending_within(days = max(NOTICE_DAYS)):
        days_left = (c['end_date'] - today).days
        if days_left not in NOTICE_DAYS: continue
        price = renewal_price(c)
        msg = (f"Contract {c['number']} with {c['customer_name']} ends on {c['end_date']:%B %d, %Y} "
               f"({days_left} days). Proposed renewal: ${price:,.2f}"
               + (" — auto-renews" if c.get('auto_renew') else " — needs signature"))
        notify(c['account_owner'], msg)
        if days_left == 30 and not c.get('auto_renew'):
            draft_renewal_quote(c['id'], amount = price, valid_until = today + timedelta(days = 30))
        out.append({'contract': c['number'], 'days_left': days_left, 'price': price})
    return out

reminders(date.today())
