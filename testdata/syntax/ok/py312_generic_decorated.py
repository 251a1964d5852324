@runtime_checkable
class Proto[T](Protocol):
    def read(self) -> T: ...


@overload
def parse[T](raw: str, kind: type[T]) -> T: ...
@overload
def parse[T](raw: bytes, kind: type[T]) -> T: ...
def parse[T](raw, kind):
    return kind(raw)


@functools.cache
async def load[K, V](key: K, loader: Callable[[K], Awaitable[V]]) -> V:
    return await loader(key)
