def f[T,](x: T) -> T:
    return x


class C[K, V,]:
    pass


type A[T,] = list[T]


def g[
    T: int,
    *Ts,
    **P,
](a: T) -> None:
    pass


class D[
    X,
](Base):
    ...
