"""Order lifecycle rules.

Every transition is checked here before the order service applies it, so
that support tools, webhooks and the storefront all follow one set of rules.
"""

TRANSITIONS = {
    "created":          {"paid", "cancelled"},
    "paid":             {"picking", "refunded", "cancelled"},
    "picking":          {"packed", "backordered"},
    "backordered":      {"picking", "cancelled", "refunded"},
    "packed":           {"shipped"},
    "shipped":          {"delivered", "lost"},
    "delivered":        {"return_requested", "closed"},
    "return_requested": {"returned", "closed"},
    "returned":         {"refunded"},
    "lost":             {"refunded", "reshipped"},
    "reshipped":        {"delivered", "lost"},
    "refunded":         {"closed"},
    "cancelled":        set(),
    "closed":           set(),
}

# who may trigger which transition
ROLES = {
    "customer": {"cancelled", "return_requested"},
    "support":  {"cancelled", "refunded", "reshipped", "return_requested", "closed"},
    "warehouse": {"picking", "packed", "backordered", "shipped", "returned"},
    "carrier":  {"delivered", "lost"},
    "system":   {"paid", "closed", "picking"},
}


class TransitionError:
    def __init__(self, code, message):
        self.code = code
        self.message = message

    def as_dict(self):
        return {"ok": False, "code": self.code, "message": self.message}


def check_transition(order, new_state, actor):
    current = order["state"]
    if new_state not in TRANSITIONS.get(current, set()):
        return TransitionError("invalid_transition", f"cannot go from {current} to {new_state}")
    if new_state not in ROLES.get(actor["role"], set()):
        return TransitionError("forbidden", f"{actor['role']} may not set {new_state}")
    if new_state == "cancelled" and actor["role"] == "customer" and current != "created" and order.get("minutes_since_payment", 0) > 30:
        return TransitionError("too_late", "orders can only be cancelled within 30 minutes of payment")
    if new_state == "return_requested":
        days = order.get("days_since_delivery")
        if days is None or days > 30:
            return TransitionError("return_window", "returns are accepted within 30 days of delivery")
        if any(line.get("final_sale") for line in order["lines"]):
            return TransitionError("final_sale", "this order contains final-sale items")
    if new_state == "refunded" and order.get("refund_amount", order["total"]) > order["total"]:
        return TransitionError("over_refund", "refund exceeds the order total")
    return None


def side_effects(order, new_state):
    effects = []
    if new_state == "paid":
        effects.append(("reserve_stock", {"order_id": order["id"]}))
        effects.append(("send_email", {"template": "order_confirmation", "order_id": order["id"]}))
    elif new_state == "shipped":
        effects.append(("send_email", {"template": "shipped", "order_id": order["id"], "tracking": order.get("tracking_number")}))
    elif new_state in ("cancelled", "refunded"):
        effects.append(("release_stock", {"order_id": order["id"]}))
        if order["state"] != "created":
            effects.append(("refund_payment", {"order_id": order["id"], "amount": order.get("refund_amount", order["total"])}))
    elif new_state == "lost":
        effects.append(("open_carrier_claim", {"order_id": order["id"], "carrier": order.get("carrier")}))
    elif new_state == "backordered":
        effects.append(("notify_customer", {"order_id": order["id"], "message": "One of your items is on backorder; we will ship it as soon as it arrives."}))
    return effects


def apply(order_id, new_state, actor):
    order = get_order(order_id)
    error = check_transition(order, new_state, actor)
    if error is not None:
        log_event("order_transition_rejected", order_id=order_id, to=new_state, actor=actor["id"], code=error.code)
        return error.as_dict()
    effects = side_effects(order, new_state)
    set_order_state(order_id, new_state, actor_id=actor["id"])
    for name, args in effects:
        enqueue_job(name, args)
    return {"ok": True, "from": order["state"], "to": new_state, "effects": [name for name, _ in effects]}


apply(request["order_id"], request["state"], request["actor"])
