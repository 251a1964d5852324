import math

def cached(keys):
    def deco(fn):
        return fn
    return deco

@cached([k for math.k in range(2)])
def area(r):
    return math.pi * r * r

area(1)
