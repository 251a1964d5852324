log = []
for raw in ["1", "x", "3"]:
    try:
        n = int(raw)
    except ValueError:
        log.append(f"skip {raw}")
        continue
    else:
        log.append(f"got {n}")
    finally:
        log.append("tick")
log
