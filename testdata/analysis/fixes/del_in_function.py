# del inside functions, on parameters and on globals.
registry = {"a": 1, "b": 2, "c": 3}


def forget(d, key):
    del d[key]
    return sorted(d)


def drop_first(items):
    del items[0]
    return items


print(forget({"x": 1, "y": 2}, "x"))
print(drop_first([5, 6, 7]))


def clear_b():
    del registry["b"]


clear_b()
print(registry)
