xs = [1, 2, 3]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
d = {}
d["a"], d["b"] = 1, 2
d
