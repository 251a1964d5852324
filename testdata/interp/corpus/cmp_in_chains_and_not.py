xs = [1, 2, 3]
print(2 in xs in [xs], not 1 in xs, 1 not in xs, 0 < len(xs) <= 3)
a = b = 3
a is b is not None
