getattr("abc", "upper")()
