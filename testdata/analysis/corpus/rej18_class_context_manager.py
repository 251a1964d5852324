class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit")
        return False

with Timer("block") as t:
    t.events.append("body")
t.events
