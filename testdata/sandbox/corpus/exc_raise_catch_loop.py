# limits: {"max_duration": "1s"}
# expect: TimeoutError
while True:
    try:
        raise ValueError("again")
    except ValueError:
        pass
