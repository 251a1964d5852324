d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d.pop("q")
except KeyError as e:
    print("pop", e)
d[("t", 1)]
