print("a")
del a
match b:
    case _:
        pass
