d = {"list": [1, 2], "tuple": (1,), "dict": {"k": None}, "str": "it's", 1.5: True}
print(d)
repr(d)
