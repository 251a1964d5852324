log = []
try:
    try:
        {}["k"]
    except KeyError as e:
        log.append(("key", str(e)))
        raise ValueError("v")
    finally:
        log.append("inner finally")
except ValueError as e:
    log.append(("value", str(e)))
else:
    log.append("else")
finally:
    log.append("outer finally")
assert log == [("key", "'k'"), "inner finally", ("value", "v"), "outer finally"], log

def early():
    try:
        return "try"
    finally:
        log.append("finally ran")

assert early() == "try" and log[-1] == "finally ran"
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        log.append(i)
assert log[-2:] == [0, 1]
try:
    raise TypeError("bad") from ValueError("cause")
except (ValueError, TypeError) as e:
    assert isinstance(e, TypeError) and e.args == ("bad",)
try:
    1 / 0
except ArithmeticError as e:
    assert type(e).__name__ == "ZeroDivisionError" and str(e) == "division by zero"
try:
    [][0]
except LookupError as e:
    assert str(e) == "list index out of range"
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    assert str(e) == "msg\nassert 1 == 2"
try:
    undefined_name
except NameError as e:
    assert str(e) == "name 'undefined_name' is not defined"

class Ctx:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.events.append("exit")
        return True

with Ctx() as cm:
    raise RuntimeError("swallowed")
assert cm.events == ["enter", "exit"]
