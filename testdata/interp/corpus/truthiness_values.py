vals = [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1), b""]
[bool(v) for v in vals]
