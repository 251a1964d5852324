from collections import namedtuple
from typing import NamedTuple
import math

Point = namedtuple("Point", ["x", "y"])


class Store(NamedTuple):
    name: str
    location: Point
    open_24h: bool = False


def distance(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


stores = [Store(s["name"], Point(*s["xy"]), s.get("24h", False)) for s in store_rows]
me = Point(user_x, user_y)
candidates = [s for s in stores if s.open_24h] if late_night else stores
nearest = min(candidates, key=lambda s: distance(me, s.location))
nearest.name, round(distance(me, nearest.location), 2)
