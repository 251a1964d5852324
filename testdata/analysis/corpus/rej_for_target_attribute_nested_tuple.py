import json
pairs = [(1, 2)]
for (a, json.b) in pairs:
    pass
