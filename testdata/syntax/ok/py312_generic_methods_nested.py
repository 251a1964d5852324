class Cache[K, V]:
    def __init__(self) -> None:
        self._data: dict[K, V] = {}

    def get_or[D](self, key: K, default: D) -> V | D:
        return self._data.get(key, default)

    def map_values[W](self, fn: Callable[[V], W]) -> "Cache[K, W]":
        out: Cache[K, W] = Cache()
        for k, v in self._data.items():
            out._data[k] = fn(v)
        return out

    class Entry[E]:
        type Ref = "Cache.Entry[E]"
        value: E

    @staticmethod
    def build[A, B](pairs: list[tuple[A, B]]) -> "Cache[A, B]":
        c = Cache[A, B]()
        c._data.update(pairs)
        return c
