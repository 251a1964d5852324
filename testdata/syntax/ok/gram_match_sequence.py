match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x, y]:
        pass
    case (x, y, z):
        pass
    case x, y, z, w:
        pass
    case [1, [2, (3, 4)], _]:
        pass
    case [a, b,]:
        pass
