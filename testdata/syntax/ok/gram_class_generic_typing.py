from typing import Generic, TypeVar, Protocol, ClassVar

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")
V = TypeVar("V", int, str)


class Box(Generic[T]):
    value: T
    registry: ClassVar[dict[str, "Box[int]"]] = {}

    def __init__(self, value: T) -> None:
        self.value = value

    def map(self, fn: "Callable[[T], K]") -> "Box[K]":
        return Box(fn(self.value))


class SupportsClose(Protocol):
    def close(self) -> None: ...
