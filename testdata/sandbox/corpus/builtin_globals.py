# expect: NameError
print(globals()["__builtins__"])
