import re
p = re.compile(r"^hello", re.IGNORECASE | re.MULTILINE)
print(p.findall("Hello\nhello\nHELLO there"))
print(re.findall(r"a.c", "a\nc abc", re.DOTALL))
print(p.pattern, p.search("x\nHeLLo").group())
[m.group() for m in re.finditer(r"\d+", "1 22 333")]
