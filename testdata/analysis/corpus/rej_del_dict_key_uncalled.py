def drop_private(record):
    for key in list(record):
        if key.startswith("_"):
            del record[key]
    return record

{"a": 1}
