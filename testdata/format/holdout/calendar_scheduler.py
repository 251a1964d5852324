from datetime import datetime, timedelta

WORK_START, WORK_END = 9, 17


def busy_intervals(events):
    return sorted((datetime.fromisoformat(e["start"]), datetime.fromisoformat(e["end"])) for e in events if e.get("status") != "cancelled")


def merge(intervals):
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(day, busy, duration):
    cursor = day.replace(hour=WORK_START, minute=0, second=0, microsecond=0)
    end_of_day = day.replace(hour=WORK_END, minute=0, second=0, microsecond=0)
    slots = []
    for start, end in busy:
        if end <= cursor or start >= end_of_day: continue
        if start - cursor >= duration: slots.append((cursor, start))
        cursor = max(cursor, end)
    if end_of_day - cursor >= duration:
        slots.append((cursor, end_of_day))
    return slots


def find_meeting_time(attendees, duration_minutes=30, days_ahead=5):
    duration = timedelta(minutes=duration_minutes)
    all_events = []
    for person in attendees:
        all_events.extend(get_calendar_events(person, days=days_ahead))
    busy = merge(busy_intervals(all_events))
    today = datetime.fromisoformat(now_iso())
    for offset in range(1, days_ahead + 1):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        slots = free_slots(day, busy, duration)
        if slots:
            start = slots[0][0]
            return {"start": start.isoformat(), "end": (start + duration).isoformat(), "attendees": attendees}
    return None


find_meeting_time(request["attendees"], duration_minutes=request.get("minutes", 30))
