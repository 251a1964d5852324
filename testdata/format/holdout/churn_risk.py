def usage_trend(weekly_active):
    # negative slope = declining usage
    n = len(weekly_active)
    if n < 4:
        return 0.0
    xs = list(range(n))
    mx, my = sum(xs)/n, sum(weekly_active)/n
    num = sum((x-mx)*(y-my) for x, y in zip(xs, weekly_active))
    den = sum((x-mx)**2 for x in xs)
    return num/den if den else 0.0

def churn_risk(account):
    usage = weekly_active_users(account['id'], weeks=12)
    slope = usage_trend(usage)
    tickets = open_ticket_count(account['id'])
    nps = latest_nps(account['id'])
    days_to_renewal = account['days_to_renewal']
    risk = 0
    if slope < -0.5: risk += 30
    elif slope < 0: risk += 10
    if usage and usage[-1] < 0.3*max(usage): risk += 25
    if tickets >= 5: risk += 15
    if nps is not None and nps <= 6: risk += 20
    if days_to_renewal <= 60: risk = int(risk*1.25)
    return min(risk, 100)

at_risk = []
for account in list_accounts(segment='mid-market', status='active'):
    r = churn_risk(account)
    if r >= 50:
        at_risk.append({'account': account['name'], 'risk': r, 'csm': account.get('csm_email'), 'renewal_in_days': account['days_to_renewal']})
        create_task(owner=account.get('csm_email') or 'cs-team@example.com', title=f"Churn risk {r}: {account['name']}", due_in_days=3)
sorted(at_risk, key=lambda a: -a['risk'])
