# expect: ModuleNotFoundError
import random
print(random.random())
