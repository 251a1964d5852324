from dataclasses import dataclass

@dataclass(frozen=True)
class P:
    x: int
    y: int

p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)))
p.x = 5
