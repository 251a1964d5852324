# Keys computed by calls and expressions.
d = {"ab": 1, "cd": 2, "EF": 3, "x1": 4}


def key(s):
    print("key", s)
    return s.lower()


del d["a" + "b"]
del d[key("CD")]
del d["ef".upper()]
n = 1
del d[f"x{n}"]
print(d)
