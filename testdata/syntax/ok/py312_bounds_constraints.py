def clamp[N: (int, float)](value: N, lo: N, hi: N) -> N:
    return max(lo, min(value, hi))


def longest[S: Sized](items: list[S]) -> S:
    return max(items, key=len)


class Sorted[T: "SupportsLessThan"]:
    def __init__(self, items: list[T]):
        self.items = sorted(items)


type Numeric[X: (int, float, complex)] = list[X]
type Keyed[K: Hashable, V] = dict[K, V]


def deep[T: dict[str, list[int]], U: Callable[[int], str] | None]():
    pass
