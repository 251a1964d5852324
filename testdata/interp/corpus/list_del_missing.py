xs = [1, 2]
del xs[0]
xs
