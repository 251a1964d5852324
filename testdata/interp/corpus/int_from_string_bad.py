try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
int("12.5")
