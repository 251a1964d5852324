import json
print(json.dumps({1: "int key"}), json.dumps({1.5: "f"}), json.dumps({None: 0}))
json.dumps({True: "bool"})
