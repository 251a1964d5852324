class A:
    for i in range(3):
        pass

A
