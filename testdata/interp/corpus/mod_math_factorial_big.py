import math
math.factorial(25)
