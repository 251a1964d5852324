a = b = c = 0
x, y = y_init, x_init = 1, 2
grid = {}
grid["a"] = grid["b"] = [a, b, c]
(x, y, y_init, x_init, grid)
