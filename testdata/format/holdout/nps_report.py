def nps(scores):
    if not scores: return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return round(100 * (promoters - detractors) / len(scores))


def themes(comments, top=5):
    prompt = "List the top recurring themes in these survey comments as a JSON list of short strings:\n\n" + "\n".join("- " + c for c in comments[:300])
    return json.loads(llm_complete(prompt, max_tokens=200))[:top]


import json

responses = survey_responses(survey_id, days=30)
by_segment = {}
for r in responses:
    by_segment.setdefault(r.get("segment") or "unknown", []).append(r)

report = {
    "overall": nps([r["score"] for r in responses]),
    "responses": len(responses),
    "segments": {seg: {"nps": nps([r["score"] for r in rs]), "n": len(rs)} for seg, rs in sorted(by_segment.items())},
    "detractor_themes": themes([r["comment"] for r in responses if r["score"] <= 6 and r.get("comment")]),
    "promoter_themes": themes([r["comment"] for r in responses if r["score"] >= 9 and r.get("comment")]),
}
post_to_channel("#customer-insights", f"NPS last 30 days: {report['overall']} ({report['responses']} responses)")
report
