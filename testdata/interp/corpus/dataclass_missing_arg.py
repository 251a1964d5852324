from dataclasses import dataclass

@dataclass
class A:
    x: int
    y: int

A(1)
