class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "P(" + repr(self.v) + ")"

xs = [P(1), P(2), P(3)]
print(P(2) in xs, xs.index(P(3)), xs.count(P(1)))
xs.remove(P(2))
xs
