customer = get_customer(customer_id)
orders = get_orders(customer_id, limit=50)
tickets = get_tickets(customer_id, status="open")

lifetime = sum(o["total"] for o in orders)
avg = lifetime / len(orders) if orders else 0
last = max((o["created_at"] for o in orders), default=None)
churn_risk = (
    "high" if tickets and last is None
    else "medium" if len(tickets) > 2
    else "low"
)

{
    "name": customer["name"],
    "since": customer["created_at"][:10],
    "orders": len(orders),
    "lifetime_value": round(lifetime, 2),
    "average_order": round(avg, 2),
    "last_order": last,
    "open_tickets": [t["subject"] for t in tickets],
    "churn_risk": churn_risk,
}
