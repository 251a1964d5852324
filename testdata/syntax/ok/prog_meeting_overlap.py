def to_minutes(hhmm):
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def free_slots(busy, day_start="09:00", day_end="17:00", min_len=30):
    intervals = sorted((to_minutes(a), to_minutes(b)) for a, b in busy)
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    cursor, out = to_minutes(day_start), []
    for start, end in merged + [[to_minutes(day_end), to_minutes(day_end)]]:
        if start - cursor >= min_len:
            out.append(f"{cursor // 60:02d}:{cursor % 60:02d}-{start // 60:02d}:{start % 60:02d}")
        cursor = max(cursor, end)
    return out


calendars = [get_busy(person, day) for person in attendees]
free_slots([slot for cal in calendars for slot in cal])
