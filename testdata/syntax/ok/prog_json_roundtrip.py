import json

raw = get_webhook_body()
payload = json.loads(raw)

event = payload.get("event", "unknown")
data = payload.get("data") or {}

normalized = {
    "type": event.replace(".", "_").upper(),
    "id": str(data.get("id", "")),
    "amount_cents": int(round(float(data.get("amount", 0)) * 100)),
    "tags": sorted(set(t.lower() for t in data.get("tags", []))),
}

json.dumps(normalized, sort_keys=True, separators=(",", ":"))
