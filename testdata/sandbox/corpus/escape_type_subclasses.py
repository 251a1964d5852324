# expect: AttributeError
t = type(())
print(t.__name__)
print(t.__subclasses__())
