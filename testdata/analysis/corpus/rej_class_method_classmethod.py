class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @classmethod
    def gray(cls, v):
        return cls(v, v, v)

Color.gray(128).rgb
