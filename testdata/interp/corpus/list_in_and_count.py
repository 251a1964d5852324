xs = [1, [2, 3], "a", None, 2.0]
print(2 in xs, [2, 3] in xs, None in xs, "b" not in xs)
xs.count(2)
