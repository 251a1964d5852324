# limits: {"max_duration": "2s"}
# expect: ok
import re
print(re.match(r"(a|a)*c", "a" * 5000))
