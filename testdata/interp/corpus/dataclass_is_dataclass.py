from dataclasses import dataclass, is_dataclass

@dataclass
class A:
    x: int

class B:
    pass

(is_dataclass(A), is_dataclass(A(1)), is_dataclass(B()))
