adder = lambda x: lambda y: x + y
compose = lambda f, g: lambda *a, **k: f(g(*a, **k))
pick = lambda c: (lambda: "yes") if c else (lambda: "no")
table = {"inc": lambda v: v + 1, "dec": lambda v: v - 1}
sorted(items, key=lambda item: (item[1], -item[0]))
gen = lambda: (yield)
maybe = lambda x: x if x else None
call = (lambda: 42)()
