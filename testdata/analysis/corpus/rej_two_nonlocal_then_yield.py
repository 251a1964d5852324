def outer():
    def inner():
        nonlocal missing
        return 1
    return inner

def gen():
    yield 1
