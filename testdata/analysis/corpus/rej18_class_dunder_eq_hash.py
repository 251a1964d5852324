class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __str__(self):
        return f"<{self.a}/{self.b}>"

keys = {Key(1, 2), Key(1, 2), Key(2, 3)}
(len(keys), str(Key(5, 6)))
