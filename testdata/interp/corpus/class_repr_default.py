class A:
    pass

print(repr(A))
str(A)
