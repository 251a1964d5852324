match a, b:
    case 1, 2:
        pass

match (a, b):
    case (1, 2):
        pass

match *rest, last:
    case _:
        pass

match x,:
    case (y,):
        pass

match f(x).attr[0]:
    case _:
        pass

match -x:
    case -1:
        pass

match (yield_value := compute()):
    case _:
        pass
