# expect: NameError
def f():
    return locals()

print(f())
