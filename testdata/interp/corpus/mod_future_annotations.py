from __future__ import annotations

def f(x: SomethingUndefined) -> int:
    return 1

f(0)
