P = type("P", (), {"kind": "point"})
p = P()
print(type(p).__name__, p.kind)
P.__name__
