words = ["pear", "fig", "banana"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default=None), min([], default=0), max(3, 7, 5), min(4, 2, key=lambda v: -v))
print(max("abc"), min([[2], [1, 5]]))
max([(1, "b"), (1, "a")])
