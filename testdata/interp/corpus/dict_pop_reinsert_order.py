d = {"a": 1, "b": 2, "c": 3}
v = d.pop("a")
d["a"] = v
d.setdefault("b", 100)
d
