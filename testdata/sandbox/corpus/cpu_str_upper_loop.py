# limits: {"max_duration": "1s", "max_memory": "64MiB"}
# expect: TimeoutError
s = "a" * 1000000
while True:
    s = s.upper().lower()
