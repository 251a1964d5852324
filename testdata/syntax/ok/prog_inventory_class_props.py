class Product:
    tax_rate = 0.2

    def __init__(self, sku, name, net_price, stock=0):
        self.sku = sku
        self.name = name
        self._net = net_price
        self.stock = stock

    @property
    def gross(self):
        return round(self._net * (1 + self.tax_rate), 2)

    @gross.setter
    def gross(self, value):
        self._net = value / (1 + self.tax_rate)

    @classmethod
    def from_row(cls, row):
        return cls(row["sku"], row["name"], float(row["price"]), int(row.get("stock", 0)))

    @staticmethod
    def is_valid_sku(sku):
        return len(sku) == 8 and sku[:3].isalpha() and sku[3:].isdigit()

    def __lt__(self, other):
        return self.gross < other.gross


catalog = [Product.from_row(r) for r in rows if Product.is_valid_sku(r["sku"])]
cheapest = min(catalog)
cheapest.gross = 9.99
[(p.sku, p.gross) for p in sorted(catalog)]
