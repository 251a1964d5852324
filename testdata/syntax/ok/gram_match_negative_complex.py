match number:
    case -1:
        pass
    case -0:
        pass
    case -3.25:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1+2j:
        pass
    case -1+2j:
        pass
    case 3-4j:
        pass
    case -1.5-0.5j:
        pass
    case 0x10 + 1j:
        pass
    case {-1: a, 2-3j: b}:
        pass
