def clamp(value, /, low=0, high=100, *, strict=False):
    if strict and not (low <= value <= high):
        raise ValueError("out of range")
    return max(low, min(high, value))

def collect(*args, sep=",", **extra):
    parts = [str(a) for a in args]
    parts += [f"{k}={v}" for k, v in sorted(extra.items())]
    return sep.join(parts)

[clamp(150), clamp(-5, low=-10), collect(1, 2, a=3, sep=";")]
