xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[-3:-1])
print(xs[5:2], xs[100:], xs[-100:1], xs[1:-1:4])
xs[slice(1, 9, 3)]
