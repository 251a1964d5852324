a = [1, 2]
b = a + [3]
a += [4]
print(a, b, [0] * 3, [[]] * 2)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
shared
