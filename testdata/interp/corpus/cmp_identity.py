a = [1]
b = [1]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, True is True, () == ())
x = None
x is None
