obj.counter += 1
obj.inner.total -= amount
stats["hits"] += 1
matrix[i][j] *= factor
buffer[start:end] += b"xx"
table[a, b] |= mask
get_obj().value **= 2
(parenthesized) += 1
