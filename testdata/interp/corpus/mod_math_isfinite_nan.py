import math
vals = [1.0, math.inf, -math.inf, math.nan]
print([math.isfinite(v) for v in vals], [math.isinf(v) for v in vals], [math.isnan(v) for v in vals])
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4)
