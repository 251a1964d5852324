from dataclasses import dataclass

@dataclass
class Cfg:
    name: str
    retries: int = 3

c = Cfg("svc")
c.retries += 1
print(c, c == Cfg("svc", 4), c != Cfg("svc"))
c
