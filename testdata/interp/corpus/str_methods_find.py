s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("zz"), s.index("cad"))
print(s.count("a"), s.count("bra"), s.count(""))
print(s.startswith("abr"), s.endswith(("x", "ra")), s.startswith("bra", 1))
try:
    s.index("zz")
except ValueError as e:
    print(e)
s.rindex("a")
