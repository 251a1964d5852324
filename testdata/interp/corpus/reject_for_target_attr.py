class A:
    pass

a = A()
for a.x in range(3):
    pass
