# Agent memory kept in a plain class; recall() asks the host.
class Memory:
    def __init__(self):
        self.notes = []

    def remember(self, text):
        self.notes.append(text)

    def recent(self, n=3):
        return self.notes[-n:]

mem = Memory()
for q in ["weather", "news"]:
    mem.remember(recall(q))
mem.recent()
