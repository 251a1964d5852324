print(True + 0, int(True), int(False))
print(True == 1, False == 0, 1 is 1)
isinstance(True, int)
