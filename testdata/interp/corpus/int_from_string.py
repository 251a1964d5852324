print(int("42"), int("  -17 "), int("+5"))
print(int("1_000"))
print(int(3.99), int(-3.99))
int("zz", 36)
