xs = [0] * 5
xs[0] = 1
xs[-1] = 9
xs[2] += 5
print(xs)
try:
    xs[5] = 1
except IndexError as e:
    print(e)
xs
