def g[T: int, *Ts, **P]():
    pass


def h[T: (int, str), U: "Comparable", V](a: T, b: U, c: V) -> None:
    pass


async def fetch[T](url: str, parse: Callable[[bytes], T]) -> T:
    return parse(await get(url))


def star[*Shape](*args: *Shape) -> tuple[*Shape]:
    return args


def spec[**P](f: Callable[P, int]) -> Callable[P, str]:
    ...
