def f():
    pass

print(f is f)
r = repr(f)
r.split(" at ")[0]
