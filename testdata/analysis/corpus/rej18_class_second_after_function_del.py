# 0.0.18 reports the class; 0.0.23 accepts the class (no del anywhere).
def describe(obj):
    return type(obj).__name__

class Sensor:
    def __init__(self, sid):
        self.sid = sid

describe(Sensor("s1"))
