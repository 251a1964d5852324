a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abc"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
x, *y = (1,)
print(x, y)
a, (b, *c), d = 1, [2, 3, 4], 5
(a, b, c, d)
