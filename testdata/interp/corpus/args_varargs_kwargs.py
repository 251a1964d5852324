def f(*args, **kwargs):
    return args, kwargs

print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
def g(a, *rest, key=None, **opts):
    return a, rest, key, sorted(opts)

g(1, 2, 3, key="k", z=1, y=2)
