values = [r["response_ms"] for r in get_samples(endpoint)]
lo, hi = min(values), max(values)
bins = 10
width = (hi - lo) / bins or 1

counts = [0] * bins
for v in values:
    idx = min(int((v - lo) / width), bins - 1)
    counts[idx] += 1

peak = max(counts)
lines = []
for i, c in enumerate(counts):
    start = lo + i * width
    bar = "#" * round(c / peak * 40) if peak else ""
    lines.append(f"{start:8.1f} | {bar} {c}")
"\n".join(lines)
