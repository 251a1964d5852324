p = 2 ** 127 - 1
print(pow(3, p - 1, p))
pow(10, 30, 997)
