notifications = get_unread_notifications(user_id)

groups = {}
for n in notifications:
    groups.setdefault(n["kind"], []).append(n)

TITLES = {"mention": "Mentions", "review": "Review requests", "comment": "New comments"}

sections = []
for kind in ("mention", "review", "comment"):
    items = groups.pop(kind, [])
    if not items:
        continue
    lines = [f"  • {i['actor']} — {i['summary']}" for i in items[:5]]
    if len(items) > 5:
        lines.append(f"  …and {len(items) - 5} more")
    sections.append(f"{TITLES[kind]} ({len(items)})\n" + "\n".join(lines))

if groups:
    sections.append(f"Other: {sum(map(len, groups.values()))} notifications")

body = "\n\n".join(sections) if sections else "Nothing new today."
send_email(to=user_email, subject=f"Your daily digest ({len(notifications)})", body=body)
len(notifications)
