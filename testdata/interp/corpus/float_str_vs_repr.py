vals = [1.0, 0.5, 1e100, 2.5e-8, 12345.6789]
print([str(v) for v in vals])
print([repr(v) for v in vals])
str(1.0) == repr(1.0)
