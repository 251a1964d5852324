def tag(name):
    def deco(cls):
        return cls
    return deco

@tag("a")
@tag("b")
class Tagged(dict):
    pass
