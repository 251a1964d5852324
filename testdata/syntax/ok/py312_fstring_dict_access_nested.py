config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "name": "svc"}
a = f"{config["db"]["host"]}:{config["db"]["ports"][0]}"
b = f"{config["name"]!r} -> {len(config["db"]["ports"])} ports"
c = f"{config.get("missing", "default")}"
d = f"{"yes" if "db" in config else "no"}"
e = f"{config["db"] | {"user": "admin"}}"
