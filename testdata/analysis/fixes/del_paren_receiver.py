# The container is a parenthesized expression.
primary = {"k": 1, "j": 2}
backup = {"k": 10, "j": 20}
use_primary = True
del (primary if use_primary else backup)["k"]
print(primary, backup)
override = {"j": 0}
del (override or primary)["j"]
print(override, primary)
