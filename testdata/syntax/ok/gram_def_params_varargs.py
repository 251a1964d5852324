def f(*args):
    return args


def g(a, *args):
    pass


def h(a, b=1, *rest):
    pass


def k(**kwargs):
    return kwargs


def m(*args, **kwargs):
    pass


def n(a, *args, b, **kwargs):
    pass
