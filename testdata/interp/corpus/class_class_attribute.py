class Counter:
    count = 0
    unit = "items"

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(a.id, b.id, Counter.count, a.count, a.unit)
a.unit = "mine"
(a.unit, b.unit, Counter.unit)
