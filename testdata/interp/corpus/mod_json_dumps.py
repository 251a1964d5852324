import json
data = {"name": "Ann", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None, "nested": {"k": [1, {"z": 0}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps([1, "é"], ensure_ascii=False), json.dumps("é"))
json.dumps({"a": 1, "b": [1, 2]}, indent=2)
