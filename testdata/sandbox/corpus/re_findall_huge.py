# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
import re
print(len(re.findall(".", "x" * 10**8)))
