import math
print(math.factorial(25), math.gcd(2 ** 64, 6 ** 20), math.isqrt(10 ** 30))
math.comb(60, 30)
