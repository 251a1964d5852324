from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Item:
    sku: str
    price: Decimal
    qty: int = 1

    @property
    def total(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Cart:
    owner: str
    items: list[Item] = field(default_factory=list)

    def add(self, sku: str, price: str, qty: int = 1) -> "Cart":
        self.items.append(Item(sku, Decimal(price), qty))
        return self

    def total(self) -> Decimal:
        return sum((i.total for i in self.items), Decimal("0"))


cart = Cart("ana").add("A-1", "9.99", 3).add("B-7", "24.50")
cart.total()
