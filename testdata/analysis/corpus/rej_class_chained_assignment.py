class Defaults:
    width = height = 10
