def f(**kw):
    return list(kw)

print(f(b=1, a=2))
f(**{"a": 1}, b=2)
