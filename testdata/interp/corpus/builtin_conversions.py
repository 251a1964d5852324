print(int("7"), int(7.9), int(True), float("1.25"), float(3), str(1.0), str(None), str([1, "a"]))
print(bool(""), bool("0"), bool(0.0), bool([None]), repr("x"), repr(1.5), repr(None))
print(list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), bytes(2))
str(b"x"), int("-0"), float("-inf")
