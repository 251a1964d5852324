# 0.0.18 reports the class; 0.0.23 reports the yield inside the method.
class Pager:
    def __init__(self, rows):
        self.rows = rows

    def pages(self, size):
        for i in range(0, len(self.rows), size):
            yield self.rows[i:i + size]
