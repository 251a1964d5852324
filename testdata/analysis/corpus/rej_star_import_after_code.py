import re
words = re.findall(r"\w+", "a b c")
count = len(words)
from typing import *
count
