# expect: AttributeError
meta = type(type(1))
print(meta.__mro__)
