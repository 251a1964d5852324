def bad(c):
    return 1 / 0


def keep(c):
    return c


@keep
@bad
def f(a,
      b):
    return a
