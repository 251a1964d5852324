TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}

def run(events, state="idle"):
    history = [state]
    for ev in events:
        nxt = TRANSITIONS.get((state, ev))
        if nxt is None:
            history.append(f"!{ev}")
            continue
        state = nxt
        history.append(state)
    return history

run(["start", "pause", "stop", "resume", "stop"])
