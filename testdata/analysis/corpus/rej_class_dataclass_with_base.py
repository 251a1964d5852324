from dataclasses import dataclass

@dataclass
class Base:
    id: int

@dataclass
class Child(Base):
    name: str = ""

Child(1)
