state = {"tmp": 1}
match state:
    case {"tmp": _}:
        del state["tmp"]
state
