command = {"action": "move", "dx": 1, "dy": -1}
match command:
    case {"action": "move", "dx": dx, "dy": dy}:
        result = (dx, dy)
    case {"action": "stop"}:
        result = (0, 0)
    case _:
        result = None
result
