# limits: {"max_duration": "2s"}
# expect: RecursionError
# No recursion limit given: Monty's default (1000) applies.
def f(n):
    return f(n + 1) + 1

f(0)
