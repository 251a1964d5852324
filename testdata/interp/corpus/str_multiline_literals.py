s = """line one
  line two
line three"""
print(s.splitlines())
t = ("implicit "
     "concatenation")
print(t)
r"raw\n" + 'x'
