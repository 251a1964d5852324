# limits: {"max_duration": "1s"}
# expect: TimeoutError
while True:
    try:
        assert False, "never"
    except AssertionError:
        pass
