# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def wrap(fn):
    def inner(*args):
        return fn(*args)
    return inner

@wrap
def f(n):
    return f(n + 1)

f(0)
