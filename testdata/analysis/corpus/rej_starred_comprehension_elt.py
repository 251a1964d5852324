rows = [[1, 2], [3]]
flat = [*row for row in rows]
flat
