import math
vals = [2.5, -2.5, 3.0, -0.1, 1e20]
[(math.floor(v), math.ceil(v), int(v)) for v in vals]
