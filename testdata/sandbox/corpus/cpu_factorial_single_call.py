# limits: {"max_duration": "1s", "max_memory": "256MiB"}
# expect: TimeoutError
# note: one builtin call
import math
x = math.factorial(10**6)
print(x % 7)
