import math


def conversion_rate(conversions: int, visitors: int) -> float:
    return conversions / visitors if visitors else 0.0


def z_test(conv_a: int, n_a: int, conv_b: int, n_b: int) -> tuple[float, float]:
    p_a, p_b = conversion_rate(conv_a, n_a), conversion_rate(conv_b, n_b)
    p = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    if se == 0:
        return 0.0, 1.0
    z = (p_b - p_a) / se
    # two-sided p-value from the normal distribution
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return z, p_value


def summarize(experiment: dict) -> dict:
    a, b = experiment["variants"]["control"], experiment["variants"]["treatment"]
    z, p_value = z_test(a["conversions"], a["visitors"], b["conversions"], b["visitors"])
    lift = (conversion_rate(b["conversions"], b["visitors"]) - conversion_rate(a["conversions"], a["visitors"])) / max(conversion_rate(a["conversions"], a["visitors"]), 1e-9)
    significant = p_value < experiment.get("alpha", 0.05)
    enough_data = min(a["visitors"], b["visitors"]) >= experiment.get("min_sample", 1000)
    if significant and enough_data:
        verdict = "ship treatment" if lift > 0 else "keep control"
    elif not enough_data:
        verdict = "keep running"
    else:
        verdict = "no significant difference"
    return {"experiment": experiment["name"], "lift": round(lift * 100, 2), "z": round(z, 3), "p_value": round(p_value, 4), "verdict": verdict}


[summarize(e) for e in fetch_experiments(status="running")]
