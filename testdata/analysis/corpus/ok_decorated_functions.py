def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", len(args), sorted(kwargs))
        return fn(*args, **kwargs)
    return wrapper

def times(n):
    def deco(fn):
        def inner(x):
            return fn(x) * n
        return inner
    return deco

@logged
def add(a, b=0):
    return a + b

@times(3)
def inc(x):
    return x + 1

[add(1, b=2), inc(4)]
