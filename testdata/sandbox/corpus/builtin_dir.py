# expect: NameError
print(dir())
