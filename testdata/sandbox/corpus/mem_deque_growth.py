# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
from collections import deque
d = deque()
while True:
    d.append([1, 2, 3])
