# limits: {"max_duration": "1s"}
# expect: ValueError
# CPython's 4300-digit conversion limit stops the quadratic parse.
n = int("9" * 1000000)
