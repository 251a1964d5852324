# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def f(n):
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError(str(n))
        except KeyError:
            f(n + 1)

f(0)
