from dataclasses import dataclass, field

type RowId = int
type Row = dict[str, object]


@dataclass
class Repo[T]:
    name: str
    rows: dict[RowId, T] = field(default_factory=dict)
    next_id: RowId = 1

    def add(self, item: T) -> RowId:
        rid = self.next_id
        self.rows[rid] = item
        self.next_id += 1
        return rid

    def find[K](self, key: Callable[[T], K], value: K) -> list[T]:
        return [r for r in self.rows.values() if key(r) == value]


customers = Repo[Row]("customers")
for c in fetch_customers():
    customers.add(c)

vip = customers.find(lambda r: r.get("tier"), "vip")
f"{len(vip)} VIP customers of {len(customers.rows)} in {customers.name!r}"
