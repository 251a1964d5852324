from dataclasses import dataclass

@dataclass
class Order:
    id: int
    total: float = 0.0

orders = [Order(1, 9.5)]
del orders[0]
