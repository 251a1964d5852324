# del on a container captured by a nested function.
def make_registry():
    items = {}

    def add(k, v):
        items[k] = v

    def remove(k):
        del items[k]
        return len(items)

    return add, remove, items


add, remove, items = make_registry()
add("a", 1)
add("b", 2)
print(remove("a"), items)
