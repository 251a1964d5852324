import math

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    ordered = sorted(xs)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"mean": mean, "stdev": math.sqrt(var), "median": median}

s = stats([2, 4, 4, 4, 5, 5, 7, 9])
{k: f"{v:.3f}" for k, v in s.items()}
