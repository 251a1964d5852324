def route(event):
    match event:
        case {"type": "order.created", "order": {"id": oid, "total": total}} if total > 1000:
            return notify_sales(f"big order {oid}: {total}")
        case {"type": "order.created", "order": {"id": oid}}:
            return record_order(oid)
        case {"type": "order.cancelled", "reason": str(reason), **rest}:
            return cancel(rest.get("order_id"), reason)
        case {"type": "ping"}:
            return "pong"
        case {"type": ("refund.issued" | "refund.failed") as kind, "amount": amount}:
            return log_refund(kind, amount)
        case [first, *others]:
            return [route(first), *map(route, others)]
        case _:
            return None


[route(e) for e in incoming_events]
