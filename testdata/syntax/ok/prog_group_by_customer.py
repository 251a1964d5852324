orders = list_orders(status="open")

by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer_id"], []).append(o)

summary = {
    cid: {
        "count": len(os),
        "value": sum(o["total"] for o in os),
        "oldest": min(o["created"] for o in os),
    }
    for cid, os in by_customer.items()
}

top = sorted(summary.items(), key=lambda kv: kv[1]["value"], reverse=True)[:10]
[{"customer_id": cid, **stats} for cid, stats in top]
