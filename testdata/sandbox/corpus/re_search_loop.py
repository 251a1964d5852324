# limits: {"max_duration": "1s"}
# expect: TimeoutError
import re
text = "abc" * 10000
while True:
    re.search("c$", text)
