# A del as the very last statement of the program.
cache = {"a": 1, "b": 2}
print(cache)
del cache["a"]
