import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


match c:
    case Color.RED:
        pass
    case Color.GREEN | config.defaults.color:
        pass
    case a.b.c.d:
        pass
    case math.pi:
        pass
