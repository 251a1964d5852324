print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
d = {"a": 1, "b": 2}
list(reversed(d))
