d = {}
try:
    d["it's"]
except KeyError as e:
    print(e)
d[""]
