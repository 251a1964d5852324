# Single (non-unpacking) subscript targets, also chained, are accepted.
d = {}
grid = [[0] * 2 for _ in range(2)]
total = d["sum"] = 10
grid[0][0] = grid[1][1] = total
(d["k"]) = 5
(d, grid)
