a = [[1], [2]]
b = a[:]
b.append([3])
b[0].append(9)
(a, b, a[0] is b[0])
