# Agent glue: the host provides fetch_user, fetch_orders and send_email.
user = fetch_user(user_id)
orders = fetch_orders(user["id"], status="open")
overdue = [o for o in orders if o["days_late"] > 30]
if overdue:
    body = f"Hello {user['name']}, you have {len(overdue)} overdue order(s)."
    send_email(to=user["email"], subject="Overdue orders", body=body)
{"user": user["id"], "overdue": len(overdue)}
