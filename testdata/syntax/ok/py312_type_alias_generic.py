type Pair[T] = tuple[T, T]
type Mapping[K, V] = dict[K, list[V]]
type Fn[**P, R] = Callable[P, R]
type Shape[*Ts] = tuple[*Ts]
type Tree[T] = T | list[Tree[T]]
type Bounded[T: int] = list[T]
type Constrained[S: (str, bytes)] = S
type Everything[A, B: float, C: (int, str), *D, **E] = Callable[E, tuple[A, B, C, *D]]
