# expect: AttributeError
print(object.__subclasses__())
