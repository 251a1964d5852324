TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict, "array": list}


def validate(value, schema, path="$"):
    errs = []
    expected = schema.get("type")
    if expected and not isinstance(value, TYPES[expected]):
        return [f"{path}: expected {expected}, got {type(value).__name__}"]
    if expected == "integer" and isinstance(value, bool):
        return [f"{path}: expected integer, got bool"]
    if "enum" in schema and value not in schema["enum"]:
        errs.append(f"{path}: {value!r} not in {schema['enum']}")
    if expected == "object":
        for req in schema.get("required", []):
            if req not in value:
                errs.append(f"{path}.{req}: required")
        for k, sub in schema.get("properties", {}).items():
            if k in value:
                errs += validate(value[k], sub, f"{path}.{k}")
    if expected == "array" and "items" in schema:
        for i, item in enumerate(value):
            errs += validate(item, schema["items"], f"{path}[{i}]")
    return errs


validate(tool_output, output_schema)
