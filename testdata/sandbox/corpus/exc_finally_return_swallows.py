# limits: {"max_duration": "1s", "max_recursion": 200}
# expect: TimeoutError
# return in finally swallows each RecursionError: exponential work.
def f():
    try:
        return f()
    finally:
        return f()

f()
