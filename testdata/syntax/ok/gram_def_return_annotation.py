def a() -> None:
    pass


def b() -> int:
    return 1


def c() -> "Forward":
    ...


def d() -> list[dict[str, int]] | None:
    ...


def e() -> lambda: None:
    pass


def f() -> (int, str):
    pass
