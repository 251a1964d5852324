values = [1, "two", 3.0, None, [4]]
names = [type(v).__name__ for v in values]
print(type(values))
print(names)
ints = [v for v in values if isinstance(v, int)]
len(ints)
