# limits: {"max_duration": "1s", "max_memory": "64MiB"}
# expect: TimeoutError
while True:
    x = pow(3, 10**6)
