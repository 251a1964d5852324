import json
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", isinstance(e, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("ValueError")
json.loads("")
