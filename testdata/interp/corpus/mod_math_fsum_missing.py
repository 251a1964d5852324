import math
math.fsum([0.1] * 10)
