total = 0
i = 0
while i < 1000000:
    if i % 3 == 0:
        total += i
    else:
        total -= 1
    i += 1
for j in range(500000):
    total ^= j
total
