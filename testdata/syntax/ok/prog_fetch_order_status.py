order = fetch_order(order_id)

if order is None:
    result = {"status": "missing", "order_id": order_id}
else:
    shipped = order.get("shipped_at")
    delivered = order.get("delivered_at")
    if delivered:
        status = "delivered"
    elif shipped:
        status = "in transit"
    elif order["paid"]:
        status = "awaiting shipment"
    else:
        status = "awaiting payment"
    result = {
        "status": status,
        "order_id": order_id,
        "items": len(order["lines"]),
        "customer": order["customer"]["name"],
    }

result
