import re

match = re.match(r"\d+", text)
if match:
    print(match.group(0))
match(x)
match[x]
match.group
case = 3
_ = 4
type = 5
print(type(x))
match, case = 1, 2
match = case = _ = None
def match(case, _): return case
class case: pass
obj.match = obj.case = obj.type = obj._ = 0
print(match, case, type, _)
match * 2
match - 1
match ** 2
