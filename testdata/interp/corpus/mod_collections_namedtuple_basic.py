from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1])
x, y = p
(x + y, p == (1, 2), len(p))
