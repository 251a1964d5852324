# expect: AttributeError
def f():
    return 1

g = f.__globals__
print(g["__builtins__"])
