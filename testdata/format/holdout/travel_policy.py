"""Check a travel booking against the company travel policy."""

POLICY = {
    "flight": {
        "max_class_by_duration": [(6, "economy"), (10, "premium_economy"), (999, "business")],
        "advance_days": 14,
    },
    "hotel": {"nightly_cap": {"default": 180, "NYC": 350, "SFO": 320, "LON": 300, "TYO": 280}},
    "car": {"allowed_classes": ["economy", "compact", "midsize"]},
}

CLASS_RANK = {"economy": 0, "premium_economy": 1, "business": 2, "first": 3}


def check_flight(f, booked_days_ahead):
    issues = []
    allowed = next(cls for hours, cls in POLICY["flight"]["max_class_by_duration"] if f["duration_hours"] <= hours)
    if CLASS_RANK[f["cabin"]] > CLASS_RANK[allowed]:
        issues.append(f"cabin {f['cabin']} exceeds {allowed} for a {f['duration_hours']}h flight")
    if booked_days_ahead < POLICY["flight"]["advance_days"] and not f.get("urgent_approved"):
        issues.append(f"booked {booked_days_ahead} days ahead; policy asks for {POLICY['flight']['advance_days']}")
    return issues


def check_hotel(h):
    cap = POLICY["hotel"]["nightly_cap"].get(h["city_code"], POLICY["hotel"]["nightly_cap"]["default"])
    return [f"nightly rate {h['nightly_rate']} above cap {cap} in {h['city_code']}"] if h["nightly_rate"] > cap else []


def check_car(c):
    return [] if c["class"] in POLICY["car"]["allowed_classes"] else ["car class " + c["class"] + " not allowed"]


def review(booking):
    issues = []
    for f in booking.get("flights", []):
        issues += check_flight(f, booking["days_ahead"])
    for h in booking.get("hotels", []):
        issues += check_hotel(h)
    for c in booking.get("cars", []):
        issues += check_car(c)
    status = "approved" if not issues else "needs_approval"
    if status == "needs_approval":
        request_manager_approval(booking["employee_id"], booking["id"], reasons=issues)
    return {"booking": booking["id"], "status": status, "issues": issues}


review(booking)
