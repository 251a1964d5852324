# CPython's compiler rejects import * inside a function; ast.parse accepts it.
def area(r):
    from math import *
    return pi * r * r

area(1)
