[1, 2].index("x")
