def decode(token):
    try:
        match token.split(":"):
            case [kind, value]:
                return kind, value
            case _:
                raise ValueError(token)
    except ValueError:
        return None

decode("a:b")
