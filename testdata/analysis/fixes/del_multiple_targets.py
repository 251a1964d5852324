# Several targets in one del run left to right.
a = [1, 2, 3, 4]
b = {"k": 1, "j": 2}
del a[0], b["k"]
print(a, b)
xs = ["p", "q", "r", "s"]
del xs[0], xs[0]
print(xs)
ys = [0, 1, 2, 3, 4, 5]
del ys[1], ys[2], ys[-1]
print(ys)
