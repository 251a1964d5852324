class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return str(self.c) + "C"

t = Temp(21.5)
print(t, f"{t}", str(t), "now " + str(t))
[str(Temp(x)) for x in (1, 2)]
