xs = [1, 2, 3]
ys = xs.copy()
xs.reverse()
print(xs, ys, xs is ys)
ys.clear()
print(ys, len(ys))
list(reversed(xs))
