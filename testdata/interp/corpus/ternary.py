def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"

print([sign(v) for v in (-2, 0, 3)])
a = 0
b = a or "default"
c = a and 1 / a
(b, c, 1 if [] else 2, "" or None or 0)
