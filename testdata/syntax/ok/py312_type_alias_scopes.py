type Module = int


class Service:
    type Handler = Callable[[Request], Response]
    type Pool[T] = list[T]

    def run(self) -> None:
        type Local = dict[str, int]
        counts: Local = {}


def factory():
    type Inner[X] = tuple[X, X]
    return Inner


if TYPE_CHECKING:
    type Conditional = str
else:
    type Conditional = bytes
