@no_such_decorator
def f():
    return 1

f()
