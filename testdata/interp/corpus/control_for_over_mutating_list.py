xs = [1, 2, 3]
for x in xs:
    if x == 1:
        xs.append(4)
xs
