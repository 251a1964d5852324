def make(kind):
    class Thing:
        def __init__(self):
            self.kind = kind
        def describe(self):
            return "a " + self.kind
    return Thing()

[make("cat").describe(), make("dog").describe()]
