import json

schema = json.loads('{"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "object", "properties": {"c": {"type": "string"}}}}}')

def paths(node, prefix=""):
    out = []
    for key, sub in node.get("properties", {}).items():
        p = f"{prefix}.{key}" if prefix else key
        out.append((p, sub["type"]))
        out.extend(paths(sub, p))
    return out

paths(schema)
