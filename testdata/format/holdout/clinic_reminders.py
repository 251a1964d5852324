"""Appointment reminders for the clinic.

Sends SMS 48h and 2h before each appointment, skipping patients who opted
out, and asks for confirmation on the first message.
"""

from datetime import datetime, timedelta

WINDOWS = [(timedelta(hours=48), "first"), (timedelta(hours=2), "final")]


def message(appt, kind):
    when = appt["start"].strftime("%a %b %d at %I:%M %p")
    if kind == "first":
        return f"Hi {appt['patient_first_name']}, reminder: {appt['provider']} on {when}. Reply C to confirm or R to reschedule."
    return f"See you soon! Your appointment with {appt['provider']} is at {appt['start']:%I:%M %p}. Address: {appt['location']}"


def due(appt, now):
    out = []
    for delta, kind in WINDOWS:
        send_at = appt["start"] - delta
        if send_at <= now < send_at + timedelta(minutes=15) and kind not in appt.get("reminders_sent", []):
            out.append(kind)
    return out


now = datetime.fromisoformat(now_iso())
sent = []
for appt in appointments_between(now, now + timedelta(hours=49)):
    if appt.get("status") == "cancelled" or patient_opted_out(appt["patient_id"]):
        continue
    for kind in due(appt, now):
        send_sms(appt["patient_phone"], message(appt, kind))
        mark_reminder_sent(appt["id"], kind)
        sent.append((appt["id"], kind))
sent
