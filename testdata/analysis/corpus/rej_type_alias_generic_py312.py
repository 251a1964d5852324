type Pair[T] = tuple[T, T]
p: Pair[int] = (1, 2)
p
