# Both fixes in one file, with two star imports.
from math import *
from json import *

cache = {"area": 0.0, "tmp": 1}
cache["area"] = round(pi * pow(2, 2), 3)
del cache["tmp"]
print(dumps(cache))
vals = loads("[1, 4, 9]")
del vals[0], vals[-1]
print([sqrt(v) for v in vals])
