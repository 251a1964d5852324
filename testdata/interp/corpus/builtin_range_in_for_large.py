total = 0
for i in range(10 ** 5):
    if i % 9973 == 0:
        total += i
total
