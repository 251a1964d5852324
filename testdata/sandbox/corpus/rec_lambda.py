# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
f = lambda n: f(n + 1)
f(0)
