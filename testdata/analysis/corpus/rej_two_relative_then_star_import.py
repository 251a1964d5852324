from .local import helper
from math import *
