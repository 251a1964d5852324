# limits: {"max_duration": "2s"}
# expect: ok
import re
print(re.match(r"(a+)+$", "a" * 5000 + "b"))
