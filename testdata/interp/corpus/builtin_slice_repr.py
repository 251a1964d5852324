s = slice(1, 5)
print(s, repr(slice(None)), [1, 2, 3, 4, 5, 6][s])
s.indices(3) if hasattr(s, "indices") else (1, 3, 1)
