# limits: {"max_duration": "1s"}
# expect: TimeoutError
def spin():
    n = 0
    while True:
        n += 1

spin()
