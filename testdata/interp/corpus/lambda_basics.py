add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
compose = lambda f, g: lambda x: f(g(x))
compose(str, abs)(-5)
