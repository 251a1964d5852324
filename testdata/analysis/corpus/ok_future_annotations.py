from __future__ import annotations

def total(values: list[float]) -> float:
    return sum(values)

total([1.5, 2.5])
