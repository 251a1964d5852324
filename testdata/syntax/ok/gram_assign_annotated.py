count: int
count: int = 0
name: str = "x"
ratio: float = 1 / 3
items: list[int] = []
lookup: dict[str, tuple[int, ...]] = {}
maybe: int | None = None
(paren): int = 5
obj.attr: str = "set"
obj.attr2: bytes
seq[0]: int = 1
seq[1]: "forward ref"
pair: tuple[int, int] = 1, 2
callback: "Callable[[int], str]" = str
