order = fetch_order(order_id)
policy_days = 30 if order["customer"]["tier"] != "vip" else 60

reasons = []
age = days_since(order["delivered_at"]) if order.get("delivered_at") else None

if order["status"] not in ("delivered", "shipped"):
    reasons.append(f"status is {order['status']}")
if age is not None and age > policy_days:
    reasons.append(f"delivered {age} days ago, limit {policy_days}")
if any(line["final_sale"] for line in order["lines"]):
    reasons.append("contains final-sale items")
if order.get("refunds"):
    already = sum(r["amount"] for r in order["refunds"])
    if already >= order["total"]:
        reasons.append("already fully refunded")

eligible = not reasons
refundable = 0 if not eligible else order["total"] - sum(r["amount"] for r in order.get("refunds", []))
{"eligible": eligible, "refundable": refundable, "reasons": reasons}
