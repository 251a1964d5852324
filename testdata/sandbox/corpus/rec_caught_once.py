# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: ok
# RecursionError is an ordinary exception: catching it and going on works.
def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print("caught:", e)
"survived"
