def make_rate_tracker(window):
    events = []
    total = 0
    def record(ts, n=1):
        nonlocal total
        events.append((ts, n)); total += n
        while events and events[0][0] <= ts - window:
            total -= events.pop(0)[1]
        return total
    return record

ERRORS = 0

def count_error():
    global ERRORS
    ERRORS += 1
    return ERRORS

track = make_rate_tracker(window=60)
peak = 0
for e in recent_events(stream='api', minutes=30):
    rate = track(e['ts'], 1)
    peak = max(peak, rate)
    if e.get('level') == 'error': count_error()
{'peak_per_minute': peak, 'errors': ERRORS, 'ratio': ERRORS / peak if peak else 0.0}
