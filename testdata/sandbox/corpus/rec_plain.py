# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def f(n):
    return f(n + 1)

f(0)
