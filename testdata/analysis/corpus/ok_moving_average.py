def moving_average(xs, window):
    if window <= 0:
        raise ValueError("window must be positive")
    out = []
    acc = 0.0
    for i, x in enumerate(xs):
        acc += x
        if i >= window:
            acc -= xs[i - window]
        if i >= window - 1:
            out.append(round(acc / window, 3))
    return out

moving_average([1, 2, 3, 4, 5, 6], 3)
