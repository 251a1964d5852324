import json
s = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'
d = json.loads(s)
print(d, type(d["a"][1]).__name__, d["b"]["c"])
print(json.loads("[]"), json.loads('"\\u00e9"'), json.loads("123"))
json.loads(json.dumps(d)) == d
