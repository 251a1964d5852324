import re
re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2")
