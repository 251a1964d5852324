def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            out.update(flatten(value, path))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            out.update(flatten(value, f"{prefix}[{i}]"))
    else:
        out[prefix] = obj
    return out


config = {
    "db": {"host": "localhost", "port": 5432, "replicas": ["r1", "r2"]},
    "features": {"beta": True, "limits": {"rps": 100}},
}
flatten(config)
