import json
print(json.dumps((1, 2)), json.dumps(1.0), json.dumps(10 ** 20), json.dumps(float("inf")))
json.dumps("quote\" backslash\\ newline\n tab\t")
