# expect: AttributeError
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__class__.__mro__)
