def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield 2
    z = yield from other()
    yield from [1, 2, 3]
    w = (yield)
    print((yield value))
    return (yield from sub())


def gen2():
    received = yield from inner
    data = yield lambda: 0
    return received, data
