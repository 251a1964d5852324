# from re import * with functions and flags.
from re import *

words = findall(r"[a-z]+", "one Two three")
print(words)
print(sub(r"\d", "#", "a1b22"))
pat = compile(r"^hello", IGNORECASE)
print(bool(pat.match("HELLO world")), bool(search("x", "abc")))
print(split(r",\s*", "a, b,c"))
m = fullmatch(r"(\w+)@(\w+)", "me@host")
print(m.group(1), m.group(2))
