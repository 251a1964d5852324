import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.isqrt(17))
print(math.comb(5, 2), math.perm(5, 2), math.fabs(-3), math.copysign(2, -0.0))
(type(math.floor(2.5)).__name__, math.floor(2.5))
