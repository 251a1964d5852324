from dataclasses import dataclass

@dataclass
class LineItem:
    sku: str
    qty: int
    price: float = 0.0

    def total(self):
        return self.qty * self.price

items = [LineItem("a", 2, 1.5), LineItem("b", 1, 4.0)]
sum(i.total() for i in items)
