class Vector:
    __slots__ = ("x", "y")
    dims: int = 2
    label: str

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

Vector(3, 4).norm2()
