x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(3 < 2 < 1/0 if False else "short")
0 <= x <= 5
