print(max(1, 2.5, 2), min(-1, -1.5))
print(max([3, 1, 2]), min("b", "a", "c"))
max(1, True)
