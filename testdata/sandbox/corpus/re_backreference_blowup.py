# limits: {"max_duration": "2s"}
# expect: re.PatternError
import re
print(re.match(r"(a*)*\1b", "a" * 30))
