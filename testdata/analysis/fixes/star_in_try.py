# A star import inside a module-level try.
try:
    from math import *
except ImportError:
    print("no math")

print(comb(5, 2), perm(4, 2), copysign(1, -0.0))
