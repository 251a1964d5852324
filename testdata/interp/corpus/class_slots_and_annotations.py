class P:
    __slots__ = ("x", "y")
    x: int
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
p.x + p.y
