class Config:
    levels = [i * 10 for i in range(4)]
    pick = lambda self, i: self.levels[i]
    "A second string expression in the body."
    ...

Config().pick(2)
