f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y: x + y
f3 = lambda x=1, y=2: x * y
f4 = lambda *args: args
f5 = lambda **kwargs: kwargs
f6 = lambda *args, **kwargs: (args, kwargs)
f7 = lambda a, /, b: a - b
f8 = lambda a, /, b=1, *, c, d=4: (a, b, c, d)
f9 = lambda *, key: key
f10 = lambda a, b=2, /, c=3, *args, d, e=5, **kw: None
f11 = lambda x,: x
f12 = lambda a, /: a
