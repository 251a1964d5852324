def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

flatten([1, [2, [3, [4, []]], 5], [[6]]])
