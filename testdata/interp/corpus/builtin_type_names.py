values = [1, 2.0, "s", b"b", True, None, [], (), {}, set(), frozenset(), range(0), len, print]
[type(v).__name__ for v in values]
