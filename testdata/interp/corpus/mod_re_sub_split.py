import re
print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example"))
print(re.split(r"[,;]\s*", "a, b;c;  d"))
print(re.sub(r"x", "y", "xxx", count=2))
re.split(r"(-)", "a-b-c")
