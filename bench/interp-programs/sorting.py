# Sorting with keys and lambdas, min/max with key.
data = [((i * 7919) % 10007, "n" + str(i % 101)) for i in range(20000)]
total = 0
for rep in range(6):
    a = sorted(data)
    b = sorted(data, key=lambda t: t[1])
    c = sorted(data, key=lambda t: -t[0], reverse=True)
    total += a[0][0] + b[-1][0] + c[100][0]
    total += max(data, key=lambda t: t[0] % 97)[0] + min(data, key=lambda t: t[1])[0]
print(total)
