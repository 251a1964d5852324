match config:
    case {}:
        pass
    case {"mode": "fast"}:
        pass
    case {"mode": mode, "level": int(level)}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: one, b"k": kb, None: n, True: t, -1: neg, Keys.NAME: v}:
        pass
    case {"nested": {"deep": [x, *_]}, }:
        pass
