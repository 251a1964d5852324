# A walrus inside the subscript stays evaluated once.
d = {"a": 1, "b": 2}
del d[k := "a"]
print(k, d)
xs = [1, 2, 3]
del xs[(j := len(xs) - 1)]
print(j, xs)
