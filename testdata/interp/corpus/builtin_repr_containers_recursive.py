xs = [1]
xs.append(xs)
repr(xs)
