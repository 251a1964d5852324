# 0.0.18 reports the class (line 2); 0.0.23 accepts it and reports the del.
class Job:
    def __init__(self, name):
        self.name = name

jobs = {"a": Job("a")}
del jobs["a"]
