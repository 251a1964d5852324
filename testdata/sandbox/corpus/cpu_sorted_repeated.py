# limits: {"max_duration": "1s", "max_memory": "64MiB"}
# expect: TimeoutError
data = list(range(200000, 0, -1))
while True:
    data = sorted(data, reverse=True)
