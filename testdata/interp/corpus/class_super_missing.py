class A:
    def __init__(self):
        super().__init__()
        self.x = 1

A().x
