def pair(a, a):
    return a

tmp = 1
del tmp
