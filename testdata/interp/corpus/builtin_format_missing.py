format(3.14159, ".2f")
