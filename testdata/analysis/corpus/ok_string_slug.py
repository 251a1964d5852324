import re

def slugify(title, max_len=30):
    s = title.lower().strip()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    s = s.strip("-")
    return s[:max_len].rstrip("-")

[slugify(t) for t in ["Hello, World!", "  Monty -- the sandbox  ", "A" * 40]]
