import random
random.randint(1, 2)
