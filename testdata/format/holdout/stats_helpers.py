import math


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile, p in [0, 100].

    Matches numpy's default ("linear") method so that dashboards agree.
    """
    if not values:
        raise ValueError("percentile of empty list")
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return xs[int(k)]
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values and min(values) > 0 else float("nan")


def summarize(latencies_ms):
    return {
        "n": len(latencies_ms),
        "p50": round(percentile(latencies_ms, 50), 1),
        "p90": round(percentile(latencies_ms, 90), 1),
        "p99": round(percentile(latencies_ms, 99), 1),
        "max": max(latencies_ms),
        "gmean": round(geometric_mean(latencies_ms), 1),
        "rms": round(math.sqrt(sum(x**2 for x in latencies_ms) / len(latencies_ms)), 1),
        "slowest_10": sorted(latencies_ms)[-10:][::-1],
    }


summarize(request_latencies(endpoint="/v1/search", minutes=15))
