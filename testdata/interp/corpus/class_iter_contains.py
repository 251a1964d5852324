class Evens:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
    def __contains__(self, v):
        return v % 2 == 0 and 0 <= v < self.n

e = Evens(7)
print(list(e), 4 in e, 5 in e)
sum(e)
