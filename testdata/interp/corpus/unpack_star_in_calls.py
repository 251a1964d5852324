def f(a, b, c, d=0):
    return (a, b, c, d)

args = [1, 2]
print(f(*args, 3), f(*"xyz"), f(0, *range(2), *[9]))
kw = {"c": 3, "d": 4}
f(1, 2, **kw)
