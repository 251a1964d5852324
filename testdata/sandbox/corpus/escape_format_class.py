# expect: AttributeError
print("{0.__class__}".format(1))
