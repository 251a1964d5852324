required = {"read", "write", "admin"}
granted = {"read", "write", "audit"}
missing = required - granted
extra = granted - required
common = required & granted
union = required | granted
sym = required ^ granted
print(sorted(missing), sorted(extra))
(len(common), len(union), sorted(sym))
