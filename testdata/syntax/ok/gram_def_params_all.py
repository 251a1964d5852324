def everything(p1, p2=2, /, n1=3, *args, k1, k2=4, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs


def annotated(p1: int, p2: str = "x", /, n1: float = 1.0, *args: bytes, k1: bool, k2: None = None, **kwargs: object) -> tuple:
    pass


def trailing_commas(
    a,
    b,
    /,
    c,
    *,
    d,
):
    pass


def trailing2(a, *args, b, **kw,): pass
def trailing3(a, /,): pass
def trailing4(*, a,): pass
