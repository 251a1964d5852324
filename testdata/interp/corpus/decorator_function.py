def twice(f):
    def wrapper(*a):
        return f(f(*a))
    return wrapper

@twice
def inc(x):
    return x + 1

inc(5)
