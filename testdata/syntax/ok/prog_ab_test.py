import math


def z_test(conv_a, n_a, conv_b, n_b):
    p_a, p_b = conv_a / n_a, conv_b / n_b
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (p_b - p_a) / se if se else 0.0
    p_value = 2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2))))
    return p_a, p_b, z, p_value


data = get_experiment_results(experiment_id)
p_a, p_b, z, p = z_test(data["a"]["conversions"], data["a"]["visitors"], data["b"]["conversions"], data["b"]["visitors"])
lift = (p_b - p_a) / p_a if p_a else float("nan")
verdict = "ship B" if p < 0.05 and lift > 0 else "keep A" if p < 0.05 else "inconclusive"
{"lift": f"{lift:+.2%}", "z": round(z, 3), "p": round(p, 4), "verdict": verdict}
