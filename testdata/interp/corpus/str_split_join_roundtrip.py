s = "a-b--c---d"
parts = s.split("-")
print(parts, "-".join(parts) == s)
print(s.split("--"), s.rsplit("-", 2))
[p for p in parts if p]
