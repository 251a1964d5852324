import math
print(round(math.sin(math.pi / 6), 10), round(math.cos(0), 3), math.atan2(1, 1) * 4)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.exp(0), math.degrees(math.pi), math.radians(180))
math.isclose(0.1 + 0.2, 0.3)
