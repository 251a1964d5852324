# form feed at the very start of the file
import os

def first():
    return 1

def second():
    x = 2
    return x

class Third:
    pass
# section break comment
value = first() + second()
