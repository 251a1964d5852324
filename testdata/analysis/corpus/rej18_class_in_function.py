def make_registry():
    class Registry:
        def __init__(self):
            self.items = {}

        def add(self, key, value):
            self.items[key] = value
            return self

    return Registry()

reg = make_registry().add("a", 1).add("b", 2)
sorted(reg.items)
