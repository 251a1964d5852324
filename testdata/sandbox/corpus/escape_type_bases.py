# expect: AttributeError
print(type(0).__bases__)
