counter = 0
limit = 10


def bump():
    global counter
    counter += 1


def configure(n):
    global counter, limit
    counter, limit = 0, n


def outer():
    a = b = 0

    def inner():
        nonlocal a, b
        a, b = b, a + 1

    inner()
    return a, b
