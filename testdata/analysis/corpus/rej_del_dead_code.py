cache = {"k": 1}
if False:
    del cache["k"]
cache
