import re
m = re.search("z", "abc")
m.group()
