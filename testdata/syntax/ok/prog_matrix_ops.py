def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(r) == inner for r in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


A = [[1, 2, 3], [4, 5, 6]]
B = transpose(A)
C = matmul(A, B)
assert matmul(C, identity(2)) == C
C
