# hash() of -1 is -2, as in CPython and Monty (-1 is the C error value).
print(hash(-1), hash(-2), hash(-1.0), hash(True), hash(-1) == hash(-2))
d = {-1: "a", -2: "b"}
print(d, d[-1], d[-2])
