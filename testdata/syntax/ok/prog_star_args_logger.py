def log_event(level, *parts, sep=" ", **fields):
    message = sep.join(str(p) for p in parts)
    extras = " ".join(f"{k}={v!r}" for k, v in sorted(fields.items()))
    line = f"[{level.upper()}] {message}"
    if extras:
        line += f" | {extras}"
    emit_log(line)
    return line


context = {"user": user_id, "request": request_id}
args = ("payment", "declined", "for", amount)
log_event("warn", *args, **context, retry=False)
log_event("info", "checkout complete", sep="", **{"items": 3})
