def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + s) from e

try:
    parse("x")
except RuntimeError as e:
    print("caught:", e)
parse("y")
