# limits: {"max_duration": "1s"}
# expect: TimeoutError
while True:
    pass
