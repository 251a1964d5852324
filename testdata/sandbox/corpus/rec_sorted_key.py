# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def key(x):
    return key(x)

sorted([3, 1, 2], key=key)
