def identity[T](x: T) -> T:
    return x


def first[T](items: list[T]) -> T | None:
    return items[0] if items else None


def pair[A, B](a: A, b: B) -> tuple[A, B]:
    return a, b


def apply[**P, R](fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return fn(*args, **kwargs)


identity(first([1, 2, 3]))
