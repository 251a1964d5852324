# expect: AttributeError
from dataclasses import dataclass

@dataclass
class P:
    x: int

print(P.__dataclass_fields__)
