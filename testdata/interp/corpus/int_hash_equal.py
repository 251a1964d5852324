print(hash(1) == hash(1.0), hash(0) == hash(False))
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
d
