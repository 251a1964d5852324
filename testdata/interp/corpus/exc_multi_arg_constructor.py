e = ValueError("a", 1)
print(e.args)
