# limits: {"max_duration": "2s"}
# expect: ok
import re
print(re.search(r"(x+x+)+y", "x" * 10000))
