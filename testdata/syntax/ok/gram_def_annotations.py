def f(a: int, b: "str", c: list[int] = [], *args: tuple[int, ...], d: int | None = None, **kw: dict[str, int]):
    pass


def g(x: lambda: int = 1):
    pass


def h(callback: Callable[[int, str], bool], *, level: Literal["a", "b"] = "a"):
    pass


def k(a: (yield_type := int)) -> None:
    pass
