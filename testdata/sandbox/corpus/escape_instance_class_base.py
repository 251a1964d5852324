# expect: AttributeError
class A:
    pass

print(A().__class__.__base__)
