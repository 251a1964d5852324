WINDOW_SECONDS = 60
LIMIT = 20

events = get_request_log(api_key)
now = current_time()

recent = [e for e in events if now - e["ts"] < WINDOW_SECONDS]
remaining = LIMIT - len(recent)

if remaining <= 0:
    oldest = min(e["ts"] for e in recent)
    retry_after = int(WINDOW_SECONDS - (now - oldest)) + 1
    decision = {"allowed": False, "retry_after": retry_after}
else:
    decision = {"allowed": True, "remaining": remaining - 1}

decision
