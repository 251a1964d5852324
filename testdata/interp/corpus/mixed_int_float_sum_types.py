vals = [1, 2.0, True if False else 3]
(sum(vals), type(sum(vals)).__name__, sum([1, 2]), type(sum([1, 2])).__name__)
