try:
    max()
except TypeError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
max([1, "x"])
