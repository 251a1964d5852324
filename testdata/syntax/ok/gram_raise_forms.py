def f():
    raise


def g():
    raise ValueError


def h():
    raise ValueError("bad")


def k(e):
    raise RuntimeError("wrapped") from e


def m():
    raise KeyError("x") from None


def n():
    raise errors[0](*args) from get_cause()
