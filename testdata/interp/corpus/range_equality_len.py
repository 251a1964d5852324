print(range(0, 3) == range(3), range(0) == range(5, 5), len(range(0, 10 ** 12, 7)))
print(list(reversed(range(4))))
sum(range(1, 101)), max(range(7)), min(range(3, 9))
