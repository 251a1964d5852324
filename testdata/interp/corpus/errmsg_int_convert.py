int("4.5x")
