# del on an attribute's container inside methods.
class Cache:
    def __init__(self):
        self.items = {"a": 1, "b": 2, "c": 3}
        self.order = ["a", "b", "c"]

    def evict(self, k):
        del self.items[k]
        del self.order[self.order.index(k)]


c = Cache()
c.evict("b")
print(c.items, c.order)
c.evict("a")
print(c.items, c.order)
