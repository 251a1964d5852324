# del on list indices, positive and negative.
xs = [10, 20, 30, 40, 50]
del xs[0]
print(xs)
del xs[-1]
print(xs)
i = 1
del xs[i]
print(xs)
del xs[i - 1]
print(xs, len(xs))
