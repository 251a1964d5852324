pts = [(1, 3), (2, 1), (0, 2)]
print(sorted(pts, key=lambda p: p[1]))
print(list(map(lambda p: p[0] + p[1], pts)))
print(list(filter(lambda p: p[0] > 0, pts)))
min(pts, key=lambda p: -p[0])
