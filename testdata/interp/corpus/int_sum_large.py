total = 0
for i in range(1, 1001):
    total += i * i
print(total)
sum(range(10 ** 6))
