# Tuple keys, written with and without parentheses, and a 1-tuple.
grid = {(0, 0): "a", (1, 2): "b", (3, 4): "c", (5,): "d", (6, 7): "e"}
del grid[1, 2]
print(grid)
del grid[(0, 0)]
x, y = 3, 4
del grid[x, y]
del grid[5,]
print(grid)
pair = (6, 7)
del grid[pair]
print(grid, len(grid))
