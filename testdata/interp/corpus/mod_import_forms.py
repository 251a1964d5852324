import math as m
from math import sqrt as root, pi
from json import dumps, loads
import json, re
print(m.floor(2.5), root(9), pi > 3, dumps(loads("[1]")), re.escape("."))
json.__name__ if hasattr(json, "__name__") else "json"
