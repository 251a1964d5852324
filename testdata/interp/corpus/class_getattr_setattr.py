class Box:
    def __init__(self):
        self.v = 1

b = Box()
setattr(b, "w", 2)
print(getattr(b, "v"), getattr(b, "w"), getattr(b, "z", "none"), hasattr(b, "v"), hasattr(b, "q"))
b.w += 5
b.w
