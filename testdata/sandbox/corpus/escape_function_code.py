# expect: AttributeError
def f():
    return 1

print(f.__code__.co_consts)
