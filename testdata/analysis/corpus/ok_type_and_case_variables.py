def route(event):
    type = event.get("type", "unknown")
    case = event.get("case")
    match = type == "alert" and case is not None
    return {"type": type, "case": case, "escalate": match}

[route({"type": "alert", "case": 3}), route({})]
