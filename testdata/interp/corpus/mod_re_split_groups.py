import re
print(re.split(r"[,;]\s*", "a, b;c;  d"))
print(re.split(r"\s", "a b  c", maxsplit=1))
re.split(r"(-)", "a-b-c")
