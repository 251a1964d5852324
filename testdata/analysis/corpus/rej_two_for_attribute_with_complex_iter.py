import math
for math.v in [1j, 2j]:
    pass
