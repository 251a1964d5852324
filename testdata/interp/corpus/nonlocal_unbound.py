def f():
    def g():
        nonlocal x
        x = 2
    x = 1
    g()
    return x

f()
