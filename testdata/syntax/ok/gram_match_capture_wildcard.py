match value:
    case x:
        print(x)

match value:
    case _:
        pass

match pair:
    case (a, _):
        print(a)
    case [_, _, *_]:
        pass
