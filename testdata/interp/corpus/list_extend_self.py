xs = [1, 2]
xs.extend(xs)
xs.append(xs[:])
xs
