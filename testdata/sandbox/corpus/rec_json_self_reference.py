# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: ValueError
import json
l = []
l.append(l)
print(json.dumps(l))
