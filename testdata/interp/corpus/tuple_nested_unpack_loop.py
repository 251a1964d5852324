data = [("ann", (1, 2)), ("bob", (3, 4))]
for name, (x, y) in data:
    print(name, x + y)
[(n, x * y) for n, (x, y) in data]
