[i for i in range(10, 0, -3)], [i for i in range(-5, 5, 4)], list(range(0, -3, -1))
