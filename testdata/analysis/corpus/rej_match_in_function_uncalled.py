def http_status(code):
    match code:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case _:
            return "other"

"loaded"
