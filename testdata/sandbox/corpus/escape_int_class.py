# expect: AttributeError
print((1).__class__)
