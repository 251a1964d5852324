try:
    from json import *
except ImportError:
    loads = None
"ok"
