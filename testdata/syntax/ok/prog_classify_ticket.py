CATEGORIES = ["billing", "bug", "feature_request", "account", "other"]

prompt = f"""Classify the support ticket into one of: {", ".join(CATEGORIES)}.
Reply with just the category.

Subject: {ticket["subject"]}
Body:
{ticket["body"][:2000]}
"""

answer = (await llm(prompt, max_tokens=5)).strip().lower().replace(" ", "_")
category = answer if answer in CATEGORIES else "other"

if category == "bug" and "crash" in ticket["body"].lower():
    priority = "high"
elif category == "billing":
    priority = "normal"
else:
    priority = "low"

await update_ticket(ticket["id"], category=category, priority=priority)
{"id": ticket["id"], "category": category, "priority": priority}
