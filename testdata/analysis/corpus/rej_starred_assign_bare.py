rest = [0]
*rest = [1, 2, 3]
rest
