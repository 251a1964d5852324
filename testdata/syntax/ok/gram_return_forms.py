def a():
    return


def b():
    return 1


def c():
    return 1, 2


def d():
    return (1, 2)


def e(rest):
    return 0, *rest


def f(a, b):
    return *a, *b


def g():
    return None if cond else (yield)
