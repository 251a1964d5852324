def parse_all(xs):
    return [int(x) for x in xs]

print(parse_all(["1", "2"]))
parse_all(["3", "x4"])
