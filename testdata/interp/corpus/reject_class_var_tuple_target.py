class A:
    x, y = 1, 2
