# limits: {"max_duration": "10s", "max_memory": "16MiB"}
# expect: MemoryError
import json
row = "x" * 1000
s = json.dumps([row] * 100000)
print(len(s))
