def inv(x):
    return 1 / x

print(inv(2))
inv(0)
