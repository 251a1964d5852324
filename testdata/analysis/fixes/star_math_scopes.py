# Names used in f-strings, lambdas, defaults, comprehensions, classes,
# nested functions and augmented assignments.
from math import *

tau /= 2
print(f"{tau:.4f} {floor(9.5)}")
half = lambda x: ceil(x / 2)


def hyp(a, b=int(sqrt(9))):
    def inner():
        return isqrt(a * a + b * b)
    return inner()


class Consts:
    big = inf
    small = -inf


print(half(7), hyp(4), [degrees(r) for r in (0,)], Consts.big > 1e308, isnan(nan))
