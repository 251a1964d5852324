print(list(zip("abc", [1, 2])), list(zip(range(3), range(10, 13), "xyz")))
dict(zip(["a", "b", "c"], range(100)))
