from .constants import *
"ok"
