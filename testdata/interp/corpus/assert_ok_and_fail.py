assert 1 + 1 == 2
assert [1], "non-empty"
x = 0
assert x > 0, "x must be positive"
