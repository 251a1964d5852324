class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et is None, str(ev) if ev else None)
        return False

with Ctx("a") as c:
    print("body", c.name)
try:
    with Ctx("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
with Ctx("c"):
    {}["k"]
