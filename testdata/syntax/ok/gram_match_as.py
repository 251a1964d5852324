match event:
    case "click" as kind:
        pass
    case [Point(x=0) as origin, *others] as whole:
        pass
    case ("a" | "b") as letter:
        pass
    case {"id": int() as ident}:
        pass
    case (1 as one, 2 as two):
        pass
    case _ as anything:
        pass
