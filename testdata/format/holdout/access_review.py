STALE_DAYS = 90
SENSITIVE = {'prod-db-admin','billing-admin','iam-admin','support-impersonate'}

def review_user(user, grants, last_seen_days):
  findings=[]
  if user['status']!='active':
    for g in grants: findings.append(('revoke', g['role'], 'user is '+user['status']))
    return findings
  for g in grants:
    unused = g.get('last_used_days')
    if unused is None or unused > STALE_DAYS:
      findings.append(('revoke' if g['role'] in SENSITIVE else 'flag', g['role'], f'unused for {unused if unused is not None else "ever"} days'))
    elif g['role'] in SENSITIVE and not g.get('approved_by'):
      findings.append(('flag', g['role'], 'sensitive role without recorded approval'))
  if last_seen_days > STALE_DAYS*2:
    findings.append(('flag', '*', f'no login for {last_seen_days} days'))
  return findings

summary = {'revoke': 0, 'flag': 0}
for u in directory_users():
  f = review_user(u, role_grants(u['id']), days_since_login(u['id']))
  for action, role, why in f:
    summary[action] += 1
    if action == 'revoke' and role != '*': revoke_role(u['id'], role, reason=why, dry_run=DRY_RUN)
    else: open_review_item(u['id'], role, why)
summary
