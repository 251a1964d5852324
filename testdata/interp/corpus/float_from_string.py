print(float("3.5"), float(" -2 "), float("1e3"), float("inf"))
print(float(7), float("-0"))
try:
    float("x1")
except ValueError as e:
    print(e)
float("  .5  ")
