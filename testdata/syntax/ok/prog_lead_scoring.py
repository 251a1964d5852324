WEIGHTS = {
    "title": {"ceo": 30, "cto": 30, "vp": 20, "director": 15, "manager": 8},
    "employees": [(1000, 25), (200, 15), (50, 8), (0, 2)],
    "events": {"demo_request": 40, "pricing_view": 15, "webinar": 10, "newsletter": 2},
}


def score(lead):
    s = 0
    title = lead.get("title", "").lower()
    s += max((pts for key, pts in WEIGHTS["title"].items() if key in title), default=0)
    s += next(pts for size, pts in WEIGHTS["employees"] if lead.get("employees", 0) >= size)
    for ev in lead.get("events", []):
        s += WEIGHTS["events"].get(ev["kind"], 0)
    if lead.get("email", "").endswith(("@gmail.com", "@yahoo.com", "@hotmail.com")):
        s -= 20
    return max(0, min(s, 100))


scored = [(score(l), l["email"]) for l in leads]
hot = [e for s, e in scored if s >= 70]
hot
