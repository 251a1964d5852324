def key_for(rec):
    email = (rec.get("email") or "").strip().lower()
    phone = "".join(ch for ch in rec.get("phone", "") if ch.isdigit())[-10:]
    return email or phone or rec["id"]


def merge(a, b):
    merged = dict(a)
    for k, v in b.items():
        if v in (None, "", []):
            continue
        if k not in merged or merged[k] in (None, "", []):
            merged[k] = v
        elif k == "tags":
            merged[k] = sorted(set(merged[k]) | set(v))
    return merged


unique = {}
for rec in contacts:
    k = key_for(rec)
    unique[k] = merge(unique[k], rec) if k in unique else rec

{"before": len(contacts), "after": len(unique), "records": list(unique.values())}
