# `class Box[T]` is Python 3.12 syntax; CPython 3.11 cannot parse it.
class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

Box(5).get()
