# limits: {"max_duration": "1s", "max_recursion": 200}
# expect: TimeoutError
def f():
    try:
        f()
    except RecursionError:
        f()

f()
