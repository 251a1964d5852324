import json
obj = {"b": 1, "a": [1, 2]}
print(json.dumps(obj, separators=(",", ":")))
print(json.dumps(obj, indent=1, sort_keys=True))
json.dumps({1: "int key", True: "bool"})
