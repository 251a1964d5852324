class Box[T]:
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


class Registry[K, V](dict[K, V]):
    ...


class Meta[T](Base[T], metaclass=ABCMeta, flag=True):
    pass


class Variadic[*Ts]:
    items: tuple[*Ts]


class WithSpec[**P, R]:
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R: ...


@dataclass
class Node[T]:
    value: T
    children: list["Node[T]"]
