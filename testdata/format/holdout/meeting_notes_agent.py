import json

SYSTEM = """You turn meeting transcripts into notes.
Return JSON with keys: summary (string), decisions (list of strings), action_items (list of {owner, task, due})."""


def notes_from_transcript(transcript: str, attendees: list[str]) -> dict:
    prompt = f"Attendees: {', '.join(attendees)}\n\nTranscript:\n{transcript}"
    raw = chat_complete(system=SYSTEM, user=prompt, model="large", response_format="json", max_tokens=1200)
    notes = json.loads(raw)
    # the model sometimes invents owners: keep only real attendees
    known = {a.lower() for a in attendees}
    for item in notes.get("action_items", []):
        if (item.get("owner") or "").lower() not in known:
            item["owner"] = None
    return notes


def publish(meeting, notes):
    lines = [f"# {meeting['title']} — {meeting['date']}", "", "## Summary", notes["summary"], "", "## Decisions"]
    lines += [f"- {d}" for d in notes.get("decisions", [])] or ["- none"]
    lines += ["", "## Action items"]
    for a in notes.get("action_items", []):
        owner = a["owner"] or "unassigned"
        due = f" (due {a['due']})" if a.get("due") else ""
        lines.append(f"- [ ] **{owner}**: {a['task']}{due}")
    page = create_doc(folder="Meeting notes", title=f"{meeting['title']} {meeting['date']}", markdown="\n".join(lines))
    for a in notes.get("action_items", []):
        if a["owner"]: create_task(assignee=a["owner"], title=a["task"], due=a.get("due"), link=page["url"])
    return page["url"]


meeting = get_meeting(meeting_id)
publish(meeting, notes_from_transcript(get_transcript(meeting_id), meeting["attendees"]))
