x = 5
print(1 < x <= 5 < 10, 1 < x < 3, 5 == x == 5.0 != 4)
print(1 < 2 > 0 < 3, "a" < "b" < "c")
def loud(v):
    print("eval", v)
    return v

loud(1) < loud(0) < loud(2)
