s = slice(1, 8, 2)
xs = list(range(10))
print(xs[s], "abcdefghij"[s])
print(slice(3), slice(None, 5), slice(1, None, -1))
print(xs[slice(-3, None)])
s.start, s.stop, s.step
