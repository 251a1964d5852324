from dataclasses import dataclass, field, asdict
from enum import Enum, auto


class Status(Enum):
    DRAFT = auto()
    SENT = auto()
    PAID = auto()
    VOID = auto()


@dataclass(order=True)
class Invoice:
    number: int
    customer: str = field(compare=False)
    amount: float = field(default=0.0, compare=False)
    status: Status = field(default=Status.DRAFT, compare=False)
    notes: list[str] = field(default_factory=list, compare=False, repr=False)

    def send(self):
        if self.status is not Status.DRAFT:
            raise ValueError(f"cannot send invoice in state {self.status.name}")
        self.status = Status.SENT
        return self


invoices = sorted(Invoice(n, c, a) for n, c, a in raw_invoices)
for inv in invoices[:3]:
    inv.send()
[asdict(i) | {"status": i.status.name} for i in invoices]
