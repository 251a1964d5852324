import json
def pair(a, b):
    with open(a) as (x, json.y):
        return x
"ok"
