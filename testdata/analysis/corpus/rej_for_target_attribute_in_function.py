def fill(obj, values):
    for obj.current in values:
        print(obj.current)
    return obj

"ok"
