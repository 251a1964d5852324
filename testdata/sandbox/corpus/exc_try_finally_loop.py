# limits: {"max_duration": "1s"}
# expect: TimeoutError
n = 0
while True:
    try:
        n += 1
    finally:
        n -= 1
