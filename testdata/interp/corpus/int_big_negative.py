x = -(10 ** 30) + 7
print(x)
print(x // 1000, x % 1000)
abs(x)
