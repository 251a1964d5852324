def dedupe(items, key=None):
    seen = set()
    out = []
    for item in items:
        k = key(item) if key else item
        if k in seen:
            continue
        seen.add(k)
        out.append(item)
    return out

(dedupe([3, 1, 3, 2, 1]), dedupe(["a", "A", "b"], key=str.lower))
