import math
values = [math.x * 2 for math.x in range(3)]
values
