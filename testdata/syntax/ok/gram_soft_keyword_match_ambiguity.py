match match:
    case case:
        pass

match case:
    case match:
        pass

match = {"case": 1}
match match:
    case {"case": case}:
        print(case)

match(x).group()
match [x]:
    case [y]:
        pass

match (x):
    case _:
        pass

match -x:
    case _:
        pass

match not_keyword:
    case type(t):
        pass
