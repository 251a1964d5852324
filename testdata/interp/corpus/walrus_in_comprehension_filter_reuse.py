import math
vals = [4, 10, 16, 20, 25]
[(v, r) for v in vals if (r := math.isqrt(v)) ** 2 == v]
