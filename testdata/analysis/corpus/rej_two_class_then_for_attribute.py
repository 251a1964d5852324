class Box:
    value = 0

b = Box()
for b.value in range(3):
    pass
