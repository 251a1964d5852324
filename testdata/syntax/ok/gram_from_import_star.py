from os.path import *
from .sibling import *
from .. import *
from a.b import *
import math
from math import pi
