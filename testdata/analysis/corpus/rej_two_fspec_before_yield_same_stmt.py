def stream():
    return [f"{255:#x}", (yield)]
