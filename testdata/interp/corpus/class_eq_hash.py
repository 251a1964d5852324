class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

print(Key(1) == Key(1), Key(1) == Key(2), Key(1) != Key(1))
d = {Key("a"): 1}
print(d[Key("a")], Key(2) in [Key(1), Key(2)])
len({Key(1), Key(1), Key(2)})
