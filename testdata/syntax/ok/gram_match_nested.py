def handle(msg):
    match msg:
        case {"type": "batch", "items": [*items]}:
            for item in items:
                match item:
                    case {"op": "add", "value": v}:
                        total = v
                    case {"op": "del"}:
                        total = 0
        case [("move", dx, dy), *_] if dx or dy:
            match dx, dy:
                case 0, _:
                    vertical()
                case _, 0:
                    horizontal()
