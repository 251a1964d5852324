# from json import * with dumps, loads and JSONDecodeError.
from json import *

data = {"b": [1, 2], "a": None, "c": True}
text = dumps(data, sort_keys=True)
print(text)
print(loads(text) == data)
try:
    loads("{bad")
except JSONDecodeError:
    print("bad json")
