print(int(2.9), int(-2.9), int(1e10))
print(float(2 ** 53) == 2 ** 53)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
int(float("nan"))
