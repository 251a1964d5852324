def outer(x):
    def inner(y):
        nonlocal y
        return y
    return inner

"ok"
