def reset(state):
    del state["x"]

match reset:
    case _:
        pass
