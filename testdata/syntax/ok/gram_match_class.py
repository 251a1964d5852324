match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(x, y=0):
        pass
    case geometry.Circle(center=Point(x, y), radius=r):
        pass
    case int() | float():
        pass
    case str(s):
        pass
    case Rect(Point(x1, y1), Point(x2, y2), color="red",):
        pass
