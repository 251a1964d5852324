class A:
    pass

class B:
    pass

a = A()
print(isinstance(a, A), isinstance(a, B), isinstance(a, (B, A)), type(a).__name__)
print(type(a) is A, A.__name__)
type(a) == A
