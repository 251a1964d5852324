# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def even(n):
    return odd(n + 1)

def odd(n):
    return even(n + 1)

even(0)
