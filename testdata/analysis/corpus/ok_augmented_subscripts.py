counts = {"a": 0, "b": 0}
grid = [[0, 0], [0, 0]]
for ch in "abba":
    counts[ch] += 1
grid[0][1] += 5
grid[1][0] -= 2
grid[1][1] = grid[0][1] * 2
(counts, grid)
