nan = float("nan")
xs = [3.0, 1.0, 2.0]
print(nan in [nan], nan == nan, min(1.0, 2.0), max(xs))
sorted(xs, reverse=True)
