print(7 / 2, 8 / 2, -1 / 3)
print(type(8 / 2).__name__)
10 / 4
