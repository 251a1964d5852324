import re
print(re.escape("a.b*c"))
re.compile("(unclosed")
