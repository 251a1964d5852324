# limits: {"max_duration": "5s", "max_memory": "64MiB"}
# expect: RecursionError
import json
x = []
for i in range(100000):
    x = [x]
print(len(json.dumps(x)))
