xs = [5, 3, 8]
for i, x in enumerate(xs):
    xs[i] = x * 10
print(xs)
for i in range(len(xs) - 1, -1, -1):
    if xs[i] > 40:
        xs.pop(i)
xs
