# limits: {"max_duration": "1s"}
# expect: TimeoutError
try:
    1 / 0
except ZeroDivisionError:
    while True:
        pass
