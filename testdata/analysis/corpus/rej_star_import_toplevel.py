from math import *
sqrt(16)
