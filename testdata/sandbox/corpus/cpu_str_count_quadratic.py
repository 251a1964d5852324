# limits: {"max_duration": "1s"}
# expect: TimeoutError
hay = "a" * 100000
needle = "a" * 50000 + "b"
while True:
    hay.count(needle)
