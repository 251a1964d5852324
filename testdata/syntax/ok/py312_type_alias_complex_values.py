type Handler = Callable[[Request], Awaitable[Response]] | None
type Matrix = list[list[float]]
type Nested[T] = dict[str, Nested[T] | T]
type WithLambda = (lambda: int)
type Conditional = int if FLAG else str
type Starred[*Ts] = tuple[int, *Ts, str]
type Literal_ = Literal["a", "b"]
type Attr = typing.Optional[collections.abc.Mapping[str, int]]
