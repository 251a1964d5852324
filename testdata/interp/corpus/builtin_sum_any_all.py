print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(any([]), all([]), any([0, "", None]), all([1, "a"]), any("x"))
sum(range(5), start=100)
