v = None
v.strip()
