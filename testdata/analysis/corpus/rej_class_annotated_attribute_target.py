class Model:
    name: str = "m"
    self.size: int = 3
