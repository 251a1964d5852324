# expect: AttributeError
base = "".__class__.__mro__[-1]
print(base)
