x: list[int] | None = None
y: dict[str, list[tuple[int, ...]]] = {}
z: "Optional[Node]" = None
cb: Callable[..., Awaitable[None]]
nested: list[list[list[int]]] = [[[1]]]
union: int | str | bytes | None
literal: Literal["a", "b", 1, True, None]
anno_expr: (int if flag else str) = 0
starred: tuple[int, *tuple[str, ...]]


def f(a: int = 1, *args: *Ts, **kw: Unpack[Opts]) -> Generator[int, None, str]:
    local: int = 0
    other: list["Forward"]
    return "done"
