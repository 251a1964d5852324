def f(a, /):
    pass


def g(a, b, /, c):
    pass


def h(a, b=1, /, c=2):
    pass


def k(a, /, *, b):
    pass


def m(a, /, *args, **kwargs):
    pass
