def inner(a, b=0, **rest):
    return a, b, rest

def outer(*args, **kwargs):
    return inner(*args, **kwargs)

outer(1, b=2, c=3), outer(**{"a": 9})
