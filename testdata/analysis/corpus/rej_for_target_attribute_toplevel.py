import math
for math.counter in range(3):
    pass
