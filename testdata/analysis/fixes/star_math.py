# from math import * with a few functions and constants.
from math import *

print(sqrt(16), floor(2.7), ceil(2.1))
print(round(pi, 5), round(e, 5))
print(gcd(12, 18), factorial(5), isclose(0.1 + 0.2, 0.3))
print(log(e), log10(1000), log2(8))
