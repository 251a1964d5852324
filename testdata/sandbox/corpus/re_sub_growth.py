# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
import re
s = "a" * 1000
while True:
    s = re.sub("a", "aa", s)
