import json
config = {"services": [{"name": "api", "ports": [80, 443], "env": {"DEBUG": False}}, {"name": "db", "ports": [5432], "env": {}}]}
ports = sorted(p for s in config["services"] for p in s["ports"])
names = [s["name"] for s in config["services"] if s["env"]]
print(ports, names)
json.loads(json.dumps(config)) == config
