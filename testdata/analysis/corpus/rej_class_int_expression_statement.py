class Weird:
    name = "w"
    42
