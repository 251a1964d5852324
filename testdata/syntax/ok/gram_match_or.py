match command:
    case "quit" | "exit" | "q":
        stop()
    case 1 | 2 | 3:
        small()
    case [x] | (x, _):
        one(x)
    case {"k": 1} | {"k": 2}:
        pass
    case (Point(x=0) | Point(y=0)):
        on_axis()
    case None | True | False:
        pass
