pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pts), max(pts), min(pts))
print((1, 2) < (1, 2, 3), (2,) > (1, 99))
(1, 2) == (1, 2.0)
