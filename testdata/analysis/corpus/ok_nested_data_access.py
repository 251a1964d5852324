def dig(obj, *path, default=None):
    for key in path:
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            return default
    return obj

doc = {"a": {"b": [{"c": 1}, {"c": 2}]}}
[dig(doc, "a", "b", 1, "c"), dig(doc, "a", "x"), dig(doc, "a", "b", 5, default=-1)]
