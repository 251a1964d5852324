vals = [0, -1, 10 ** 25, -(2 ** 63), 2 ** 64]
for v in vals:
    assert int(str(v)) == v
print([str(v) for v in vals])
repr(2 ** 64)
