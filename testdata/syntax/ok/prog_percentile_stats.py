import math


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = (len(sorted_values) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return sorted_values[int(k)]
    return sorted_values[lo] * (hi - k) + sorted_values[hi] * (k - lo)


latencies = sorted(get_latencies(service, minutes=15))
mean = sum(latencies) / len(latencies) if latencies else 0.0
var = sum((x - mean) ** 2 for x in latencies) / max(len(latencies) - 1, 1)

{
    "p50": percentile(latencies, 50),
    "p95": percentile(latencies, 95),
    "p99": percentile(latencies, 99),
    "mean": round(mean, 3),
    "stdev": round(math.sqrt(var), 3),
}
