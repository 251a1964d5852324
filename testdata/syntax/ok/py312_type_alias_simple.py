type UserId = int
type Name = str
type Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
type Pair = tuple[int, int]
type Callback = Callable[[int], Awaitable[None]]
type Maybe = int | None
type Lazy = "ForwardRef"
