assert x
assert x, "message"
assert x > 0, f"x must be positive, got {x}"
assert isinstance(y, int) and y != 0
assert not items, ("msg", len(items))
assert (a
        == b), "a and b differ"
