def f(*, a):
    pass


def g(*, a, b=2, c):
    pass


def h(x, *, y=1, z):
    pass


def k(*args, key=None, reverse=False):
    pass


def m(*, a=1, **rest):
    pass
