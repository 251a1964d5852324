events = [("click", 1, 2), ("key", "a"), ("scroll",)]
log = []
for ev in events:
    match ev:
        case ("click", x, y):
            log.append(f"click {x},{y}")
        case ("key", k):
            log.append(f"key {k}")
log
