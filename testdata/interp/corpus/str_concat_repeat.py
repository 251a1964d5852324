s = "ab" + "cd"
print(s * 3, 3 * "x", "-" * 0, "z" * -2)
s += "!"
print(s)
try:
    "a" + 1
except TypeError as e:
    print(e)
len(s * 100)
