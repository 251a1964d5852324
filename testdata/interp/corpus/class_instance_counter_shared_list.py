class Reg:
    items = []
    def add(self, x):
        self.items.append(x)

a = Reg()
b = Reg()
a.add(1)
b.add(2)
(Reg.items, a.items is b.items)
