"""Pick interviewers for a candidate loop and propose times."""
import itertools

LOOP_TEMPLATES = {
    "backend": ["coding", "system_design", "coding", "behavioral"],
    "frontend": ["coding", "ui_design", "coding", "behavioral"],
    "manager": ["people_management", "execution", "system_design", "behavioral"],
}


def eligible(interviewers, skill, exclude):
    return [i for i in interviewers if skill in i["skills"] and i["id"] not in exclude and i["load_this_week"] < i.get("max_per_week", 4)]


def assign(loop_type, interviewers):
    chosen, used = [], set()
    for skill in LOOP_TEMPLATES[loop_type]:
        options = sorted(eligible(interviewers, skill, used), key=lambda i: (i["load_this_week"], -i.get("calibration_score", 0)))
        if not options:
            raise LookupError(f"no interviewer available for {skill}")
        chosen.append((skill, options[0]))
        used.add(options[0]["id"])
    return chosen


def propose(candidate, loop_type):
    panel = assign(loop_type, list_interviewers(department=candidate["department"]))
    calendars = [free_busy(i["email"], days=10) for _, i in panel]
    slots = common_free_slots(calendars, duration_minutes=45 * len(panel), within_hours=(9, 17), timezone=candidate["timezone"])
    proposals = list(itertools.islice(slots, 3))
    return {"candidate": candidate["id"], "panel": [{"skill": s, "interviewer": i["email"]} for s, i in panel], "slots": proposals}


propose(candidate, candidate.get("loop_type", "backend"))
