print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print("x", "y", sep="", end="!\n")
print()
print(1, [2], (3,), {4: 5}, None, True, 1.0)
print(*[1, 2, 3], sep=", ")
"printed"
