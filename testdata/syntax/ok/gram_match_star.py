match items:
    case [first, *rest]:
        pass
    case [*init, last]:
        pass
    case [a, *middle, z]:
        pass
    case [*_]:
        pass
    case (*_, 0):
        pass
    case *head, tail:
        pass
    case [*_, [*inner], _]:
        pass
