d = {0: 0}
print(bool(d), bool({}), 0 in d, "0" in d, len({None: 1, False: 2}))
{1: "a", True: "b", 1.0: "c"}
