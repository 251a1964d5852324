SCHEMA = {"name": str, "age": int, "email": str}

def validate(record):
    errors = []
    for field, kind in SCHEMA.items():
        if field not in record:
            errors.append(f"missing {field}")
        elif not isinstance(record[field], kind):
            errors.append(f"{field}: expected {kind.__name__}, got {type(record[field]).__name__}")
    return errors

[validate({"name": "a", "age": "3"}), validate({"name": "b", "age": 3, "email": "e"})]
