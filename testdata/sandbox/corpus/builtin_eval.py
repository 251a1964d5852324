# expect: NameError
print(eval("1 + 1"))
