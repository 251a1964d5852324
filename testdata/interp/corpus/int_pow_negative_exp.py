print(2 ** -2)
print(10 ** -3)
(-8) ** 2
