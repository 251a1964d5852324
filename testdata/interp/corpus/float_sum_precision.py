vals = [0.1] * 10
print(sum(vals))
print(sum([1e100, 1.0, -1e100]))
sum(vals) == 1.0
