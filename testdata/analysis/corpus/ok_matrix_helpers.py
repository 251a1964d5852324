def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
matmul(m, identity) == m
