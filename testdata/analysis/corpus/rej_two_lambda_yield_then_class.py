gen_factory = lambda: (yield 1)

class Holder:
    pass
