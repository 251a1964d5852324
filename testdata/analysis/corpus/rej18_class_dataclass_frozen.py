from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int

p = Point(1, 2)
try:
    p.x = 5
    changed = True
except Exception as e:
    changed = type(e).__name__
(p, changed)
