from collections import defaultdict
from datetime import datetime

def group_by_project(notifications):
    grouped = defaultdict(list)
    for n in notifications:
        grouped[n['project']].append(n)
    return grouped

def render_item(n):
    when = datetime.fromisoformat(n['created_at']).strftime('%b %d %H:%M')
    return f"  • [{when}] {n['actor']} {n['verb']} {n['object_title']}"

def render_digest(user, notifications):
    if not notifications: return None
    lines = [f"Hi {user['first_name']},", "", f"Here is what happened in the last 24 hours ({len(notifications)} updates):", ""]
    for project, items in sorted(group_by_project(notifications).items(), key=lambda kv: -len(kv[1])):
        lines.append(f"{project} ({len(items)})")
        lines.extend(render_item(n) for n in items[:10])
        if len(items)>10: lines.append(f"  … and {len(items)-10} more")
        lines.append("")
    lines.append("You can change how often you get these emails in your settings.")
    return '\n'.join(lines)

sent = 0
for user in users_with_digest_enabled(frequency='daily'):
    notes = unread_notifications(user['id'], since_hours=24)
    body = render_digest(user, notes)
    if body is None: continue
    send_email(to=user['email'], subject=f"Your daily digest: {len(notes)} updates", body=body)
    mark_notifications_digested([n['id'] for n in notes])
    sent += 1
sent
