from math import *
from . import local
