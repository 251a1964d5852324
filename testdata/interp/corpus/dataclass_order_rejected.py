from dataclasses import dataclass

@dataclass(order=True)
class A:
    x: int

A(1) < A(2)
