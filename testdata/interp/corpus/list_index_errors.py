xs = [1, 2, 3]
try:
    xs[3]
except IndexError as e:
    print(e)
try:
    xs.index(9)
except ValueError as e:
    print(e)
try:
    xs.remove(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
xs[-4]
