import json
def read_into(path):
    with open(path) as json.handle:
        return json.handle.read()
"ok"
