# Deleting past the end of a list raises IndexError.
xs = [1, 2]
try:
    del xs[5]
except IndexError:
    print("IndexError")
try:
    del xs[-3]
except IndexError:
    print("IndexError again")
del xs[-2]
print(xs)
