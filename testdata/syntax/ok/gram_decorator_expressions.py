@buttons[0].clicked.connect
def on_click():
    pass


@a or b
def f1(): pass


@(a if cond else b)
def f2(): pass


@x := make_decorator()
def f3(): pass


@registry.get("name", default)(priority=1)
class Handler:
    @staticmethod
    @functools.cache
    def compute(): ...


@lambda fn: fn
def f4(): pass


@not_a_call[0][1]
@a.b.c
@a @ b
def f5(): pass
