head, *middle, tail = [1, 2, 3, 4, 5]
first, second = "xy"
(a, b), c = (1, 2), 3
merged = [*middle, *"ab", tail]
coords = dict(zip(("x", "y", "z"), (head, tail, c)))
(merged, coords, first + second, a + b)
