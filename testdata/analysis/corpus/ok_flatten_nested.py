def flatten(value):
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(flatten(v))
        return out
    return [value]

flatten([1, [2, (3, [4, 5])], [], 6])
