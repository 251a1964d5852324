def values():
    if False:
        yield 0
    return [1, 2]

values()
