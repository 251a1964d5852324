# limits: {"max_duration": "5s", "max_recursion": 200}
# expect: RecursionError
def f(n):
    try:
        raise ValueError(str(n))
    except ValueError:
        return f(n + 1)

f(0)
