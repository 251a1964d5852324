"{a}".format_map({"a": 1})
