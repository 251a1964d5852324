import json
obj = {"b": 1, "a": [1, 2]}
print(json.dumps(obj, separators=(",", ":")))
json.dumps(obj, indent=1, sort_keys=True)
