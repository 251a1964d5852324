# limits: {"max_duration": "2s"}
# expect: ok
import re
pat = r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$"
print(re.match(pat, "a" * 3000 + "!"))
