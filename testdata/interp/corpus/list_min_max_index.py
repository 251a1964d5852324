xs = [4, 9, 1, 9, 0]
print(xs.index(max(xs)), xs.index(min(xs)), max(range(len(xs)), key=lambda i: xs[i]))
sorted(range(len(xs)), key=lambda i: xs[i])
