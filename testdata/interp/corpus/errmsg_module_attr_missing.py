import math
math.prod([1, 2])
