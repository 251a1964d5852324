def gen():
    yield 1

list(gen())
