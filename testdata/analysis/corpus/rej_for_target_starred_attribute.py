import json
for first, *json.rest in [(1, 2, 3)]:
    pass
