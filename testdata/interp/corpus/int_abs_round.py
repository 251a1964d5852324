print(abs(-5), abs(5), abs(-0))
print(round(2.5), round(3.5), round(-2.5))
print(round(1234, -2), round(1250, -2), round(1350, -2))
round(7)
