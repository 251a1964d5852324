class Empty:
    pass


class Paren():
    pass


class Single(Base):
    pass


class Multi(A, B, mixins.C):
    pass


class Expr(get_base(), *more_bases):
    pass


class Generic(Base[int], typing.Generic[T]):
    x: T
