x, y = "abc"
