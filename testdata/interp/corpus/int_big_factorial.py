n = 1
for i in range(1, 31):
    n *= i
print(n)
print(len(str(n)))
n // (10 ** 20)
