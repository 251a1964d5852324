print(round(3.14159, 2), round(2.675, 2), round(-1.005, 2))
print(round(1.5), round(0.5), round(-0.5))
print(round(123.456, -1), round(123.456, 0))
type(round(2.5)).__name__, type(round(2.5, 1)).__name__
