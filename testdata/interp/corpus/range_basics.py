r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r)
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(range(10)[::-1][0], range(1, 10)[2:8:2])
r
