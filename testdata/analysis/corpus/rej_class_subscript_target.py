class Registry:
    items = {}
    items["default"] = 1
