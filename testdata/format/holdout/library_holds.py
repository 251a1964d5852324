from collections import deque

LOAN_DAYS = {'book':21,'dvd':7,'ebook':14}
MAX_RENEWALS = 2

def next_in_line(item_id):
    q = deque(holds_for(item_id))
    while q:
        h = q.popleft()
        patron = get_patron(h['patron_id'])
        if patron['status'] == 'active' and patron['fines'] < 10: return h, patron
        cancel_hold(h['id'], reason = 'patron not eligible')
    return None, None

def on_return(item):
    hold, patron = next_in_line(item['id'])
    if hold is None:
        shelve(item['id']); return {'item': item['id'], 'action': 'shelved'}
    set_aside(item['id'], for_patron = patron['id'], pickup_by_days = 7)
    notify(patron['id'], f"{item['title']} is ready for pickup at {item['branch']}.")
    return {'item': item['id'], 'action': 'hold', 'patron': patron['id']}

def renew(loan):
    if loan['renewals'] >= MAX_RENEWALS: return False, 'renewal limit reached'
    if holds_for(loan['item_id']): return False, 'another patron is waiting'
    extend_loan(loan['id'], days = LOAN_DAYS[loan['format']])
    return True, None

[on_return(i) for i in returned_items_today()]
