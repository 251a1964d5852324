xs = [0]
for xs[0] in range(3):
    pass
