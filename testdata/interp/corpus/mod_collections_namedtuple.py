from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict() if hasattr(p, "_asdict") else "no asdict")
x, y = p
print(x + y, p == (1, 2))
p._replace(x=5)
