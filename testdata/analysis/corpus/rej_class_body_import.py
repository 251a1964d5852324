class Geometry:
    import math
    tau = 6.283

Geometry.tau
