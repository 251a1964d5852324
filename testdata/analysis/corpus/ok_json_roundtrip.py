import json

payload = {"user": {"id": 7, "roles": ["a", "b"]}, "active": True, "ratio": 0.25}
encoded = json.dumps(payload, sort_keys=True)
decoded = json.loads(encoded)
assert decoded == payload
roles = ",".join(decoded["user"]["roles"])
f"{len(encoded)} bytes; roles={roles}"
