def f():
    if False:
        y = 1
    return y

f()
