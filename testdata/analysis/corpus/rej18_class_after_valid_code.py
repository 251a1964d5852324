import json

data = json.loads('{"a": 1}')
total = sum(data.values())

class Summary:
    def __init__(self, total):
        self.total = total

Summary(total).total
