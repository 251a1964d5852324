# limits: {"max_duration": "2s"}
# expect: re.PatternError
import re
print(re.match(r"(?=(a+))(a*)*b", "a" * 40))
