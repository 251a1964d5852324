# math.pow shadows the builtin pow; e is also an exception variable.
from math import *

print(pow(2, 10))
try:
    {}["x"]
except KeyError as e:
    print("caught", e)
print(trunc(-2.5), fabs(-3))
