TARGET_ACOS = 0.25
MIN_BID, MAX_BID = 0.10, 5.00
MIN_CLICKS = 20

def new_bid(kw):
    clicks, spend, sales = kw['clicks'], kw['spend'], kw['sales']
    if clicks < MIN_CLICKS:
        return kw['bid']   # not enough data yet
    if sales == 0:
        return max(MIN_BID, round(kw['bid'] * 0.8, 2))
    acos = spend / sales
    factor = TARGET_ACOS / acos
    factor = max(0.7, min(1.3, factor))   # move at most 30% per day
    return max(MIN_BID, min(MAX_BID, round(kw['bid'] * factor, 2)))

changes = []
for kw in keyword_stats(campaign_id, days=14):
    b = new_bid(kw)
    if abs(b - kw['bid']) >= 0.02:
        changes.append({'keyword_id': kw['id'], 'old': kw['bid'], 'new': b})
if changes: update_bids(campaign_id, [{'keyword_id': c['keyword_id'], 'bid': c['new']} for c in changes])
{'changed': len(changes), 'raised': sum(1 for c in changes if c['new'] > c['old']), 'lowered': sum(1 for c in changes if c['new'] < c['old'])}
