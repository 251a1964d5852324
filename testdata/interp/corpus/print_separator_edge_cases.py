print("a", "b", sep="")
print("a", "b", sep=None)
print(sep="-")
print("x", end=None)
print("multi\nline", "tail")
print("", "")
"ok"
