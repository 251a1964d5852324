match point:
    case (x, y) if x == y:
        diagonal()
    case (x, y) if x > 0 and y > 0:
        quadrant(1)
    case (x, _) if (w := x * 2) > 10:
        wide(w)
    case [*all_] if not all_:
        empty()
    case _ if fallback_enabled:
        pass
