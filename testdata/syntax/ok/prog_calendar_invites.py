from datetime import datetime, timedelta

slot_start = datetime.fromisoformat(chosen_slot)
slot_end = slot_start + timedelta(minutes=duration)

invite = {
    "summary": title,
    "start": slot_start.isoformat(),
    "end": slot_end.isoformat(),
    "attendees": [{"email": e, "optional": e in optional_attendees} for e in attendees],
    "conference": {"type": "video"} if remote else None,
    "reminders": [{"minutes": m} for m in (10, 60)],
}

conflicts = [a for a in attendees if not is_free(a, slot_start, slot_end)]
if conflicts and not force:
    {"created": False, "conflicts": conflicts}
else:
    event = create_calendar_event(**invite)
    {"created": True, "event_id": event["id"], "conflicts": conflicts}
