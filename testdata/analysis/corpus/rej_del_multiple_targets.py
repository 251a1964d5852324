a, b, c = 1, 2, 3
config = {"x": 1, "y": 2}
del a, config["x"], b
(c, config)
