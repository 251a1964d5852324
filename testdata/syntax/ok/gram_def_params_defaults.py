def f(a=1):
    pass


def g(a, b=2, c="three", d=None, e=[], f={}, g=(1, 2)):
    pass


def h(a=lambda x: x, b=compute(), c=x if y else z):
    pass


def k(a=-1, b=+2, c=~3, d=not 0):
    pass
