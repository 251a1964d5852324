m = [[1, 2], [3, 4]]
for row in m:
    row.append(sum(row))
print(m)
flat = [v for row in m for v in row]
print(flat)
max(m, key=lambda r: r[-1])
