from dataclasses import dataclass, field

@dataclass
class A:
    xs: list = field(default_factory=list)

A()
