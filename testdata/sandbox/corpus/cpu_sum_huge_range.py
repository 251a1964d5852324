# limits: {"max_duration": "1s"}
# expect: TimeoutError
# note: one builtin call over a range
print(sum(range(10**13)))
