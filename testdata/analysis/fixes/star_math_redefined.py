# A star-imported name redefined by the program, next to import math.
import math
from math import *


def floor(x):
    return "own floor"


print(floor(2.5), math.floor(2.5), ceil(2.5))
sqrt = lambda x: x * x
print(sqrt(3))
