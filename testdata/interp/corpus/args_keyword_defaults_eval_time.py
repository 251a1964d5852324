x = 1
def f(v=x):
    return v

x = 2
f()
