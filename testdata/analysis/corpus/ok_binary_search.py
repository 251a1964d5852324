def bisect_left(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [1, 3, 3, 7, 9, 12]
[bisect_left(data, t) for t in (0, 3, 8, 12, 20)]
