# expect: AttributeError
class A:
    pass

print(A.__subclasses__())
