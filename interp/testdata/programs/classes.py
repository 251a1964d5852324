from dataclasses import dataclass

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

p = Point(3, 4)
assert p.norm2() == 25 and Point.dims == 2 and p.dims == 2
assert repr(p) == "Point(3, 4)" and str([p]) == "[Point(3, 4)]"
assert p == Point(3, 4) and p != Point(0, 0)
assert {p: 1}[Point(3, 4)] == 1
assert isinstance(p, Point) and type(p).__name__ == "Point"
p.z = 5
assert getattr(p, "z") == 5 and hasattr(p, "x") and not hasattr(p, "w")

@dataclass
class Item:
    name: str
    qty: int = 1

assert Item("a") == Item("a", 1) and repr(Item("b", 2)) == "Item(name='b', qty=2)"

@dataclass(frozen=True)
class Frozen:
    v: int

fz = Frozen(1)
try:
    fz.v = 2
    assert False
except Exception as e:
    assert type(e).__name__ == "FrozenInstanceError"
