# limits: {"max_duration": "1s"}
# expect: TimeoutError
try:
    x = 1
finally:
    while True:
        x += 1
