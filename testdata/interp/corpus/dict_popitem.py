d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
print(d.popitem(), d)
d.popitem()
d.popitem()
