def minmax(xs):
    return min(xs), max(xs)

lo, hi = minmax([4, 1, 9])
print(lo, hi)
minmax([2])
